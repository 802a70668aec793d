# frozenset: immutability, use as keys and elements, operators returning frozenset, copy identity, constructors.
f = frozenset([1, 2, 3])
print(f, type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, type(f.union([9])).__name__)
for name in ("add", "remove", "discard", "pop", "clear", "update"):
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    f |= {4}
    print("|= rebinds:", f)
except TypeError as e:
    print("TypeError", e)
key = frozenset({"b", "a"})
d = {key: "value"}
print(d[frozenset(["a", "b"])], frozenset("ab") == frozenset("ba"), hash(frozenset("ab")) == hash(frozenset("ba")))
print(frozenset(f) is f, f.copy() is f, frozenset() is frozenset() or True, len(frozenset()))
s = {frozenset(), frozenset({1}), frozenset({1})}
print(len(s), frozenset() in s, set() in s)
class FS(frozenset):
    def __repr__(self):
        return "FS" + repr(sorted(self))
fs = FS([2, 1])
print(fs, type(fs | {3}).__name__, FS(fs) is not fs, frozenset(fs) is not fs, type(frozenset(fs)).__name__)
print(frozenset(range(3)) < frozenset(range(4)), frozenset([1]) == {1}, {1} == frozenset([1]), frozenset([1]) <= {1, 2})
print(sorted(frozenset("hello")), frozenset({1: 2}), frozenset(x for x in [1, 1, 2]))
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError", e)
try:
    frozenset(1, 2)
except TypeError as e:
    print("TypeError", e)
