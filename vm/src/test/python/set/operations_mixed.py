# Set algebra with mixed iterables, frozenset hashing, comparison chains and in-place variants' return values.
a = {1, 2, 3}
print(a.union(range(5)) == set(range(5)), a.intersection("123"), a.difference((1,)) == {2, 3}, a.issubset([1, 2, 3, 4]))
print(a <= a, a < a, a >= set(), {1} < {1, 2} < {1, 2, 3}, {1, 2} > {1} > set())
print(a.__ior__({9}) is a, a)
print(a.__iand__({1, 9, 10}) is a, a)
print(a.__isub__({9}) is a, a, a.__ixor__({5}) is a, a)
for f in (lambda: a | [1], lambda: a & "1", lambda: a - (1,), lambda: a ^ {1: 2}, lambda: a <= [1]):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
fs = frozenset([3, 1, 2])
print(sorted(fs), fs == {1, 2, 3}, hash(fs) == hash(frozenset({1, 2, 3})), {fs, frozenset([1, 2, 3])}.__len__())
print(frozenset() == set(), hash(frozenset()) == hash(frozenset([])), frozenset(fs) is fs, type(fs.copy()).__name__)
nested = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(sorted(sorted(s) for s in nested), frozenset({frozenset({1})}) == frozenset([frozenset([1])]))
s = set()
print(s.add(1), s.discard(2), s.update(), s.clear(), s)
print(set([1, 1.0, True]), {0, False, 0.0}, len({(), ()}), {None, None})
print(sorted({-1, -2, 3} | {0}), max({1, 5, 3}), sorted(x for x in {4, 2} if x > 3))
print(set.union({1}, {2}, {3}), set.intersection({1, 2}, {2, 3}, {2}), frozenset.union(frozenset({1}), [2]))
try:
    set.union()
except TypeError as e:
    print("TypeError", e)
print({1, 2}.isdisjoint([3]), {1, 2}.isdisjoint(iter([2])), set("aab") == set("ba"), sorted(set(b"hello")))
