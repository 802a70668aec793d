# Mutating a set during iteration, set comprehensions, sets of tuples, subclass behaviour.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s) > 3)
print(sorted({x % 5 for x in range(20)}), sorted({(x, -x) for x in range(3)}), {len(w) for w in ("aa", "bb")})
class S(set):
    def __repr__(self):
        return "S" + repr(sorted(self))
x = S([3, 1])
print(x, type(x | {5}).__name__, type(x.copy()).__name__, x == {1, 3}, isinstance(x, set))
class F(frozenset):
    pass
f = F([1])
print(type(f | {2}).__name__, type(F()).__name__, F() == frozenset(), f.copy() is f if False else "ok")
print(sorted(set("abcabc")), len(set("mississippi")), sorted(frozenset("mississippi")))
print(set({1: "a", 2: "b"}), set(range(0)), set(iter([4, 4, 4])))
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), min(big), max(big), sum(big))
print({1, 2}.__contains__(1), set.__len__({1}), {1}.__or__([2]), {1}.__eq__([1]))
try:
    {1}.__hash__()
except TypeError as e:
    print("TypeError", e)
print(set.__hash__ is None, frozenset.__hash__ is not None)
e = set()
e.update()
e.update([], [])
print(e, set().union(), set().intersection(), {1}.intersection(), {1, 2}.issubset({1, 2}))
print({0, 1, 2} < {0, 1, 2}, {0} < {0, 1}, {0}.__lt__({0, 1}), set() <= set())
print(min({5, 3, 9}), max(frozenset({-1, -5})), sorted({3, 1, 2}, reverse=True), sum({0.5, 1.5}))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 2
    def __eq__(self, other):
        return self.v == other.v
print(len({H(1), H(3), H(1), H(2)}))
