# Tuple hashing and lexicographic comparison with mixed and user-defined elements.
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, K) and self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __hash__(self):
        return hash(self.v)
a = (K(1), K(2))
b = (K(1), K(3))
print(a < b)
print(a == b)
print((K(5),) <= (K(5),))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, (2, 3))) == hash((1, (2, 3))), hash((1.0, True)) == hash((1, 1)))
print(len({(1, 2), (1, 2), (2, 1)}), {(1, 2): "x"}[(1.0, 2.0)])
s = (1, 2, 3)
print(s == [1, 2, 3], s != [1, 2, 3], list(s) == [1, 2, 3], tuple([1, 2, 3]) is not None)
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print("TypeError", e)
print((float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), [n] == [n], (n, 1) < (n, 2))
print(sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
print(max([(2, -1), (2, -3), (1, 100)]), (1, 2, 3) > (1, 2), (3,) > (2, 100))
print(tuple.__eq__((1,), (1,)), tuple.__lt__((1,), [1]), (1,).__hash__() == hash((1,)))
try:
    hash((1, {}))
except TypeError as e:
    print("TypeError", e)
print((1, 2).__getnewargs__() if hasattr((), "__getnewargs__") else None, (1, 2).__class__.__name__)
