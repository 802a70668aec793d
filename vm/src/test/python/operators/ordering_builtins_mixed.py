# Ordering and equality across numeric types, sequences of different types, and None; sorting mixed numerics.
nums = [3, 2.5, True, -1, 10 ** 20, 1e20, 0.0, -0.0, 2 ** 53 + 1, float(2 ** 53)]
print(sorted(nums))
print(sorted(nums, reverse=True))
print([a < b for a, b in zip(nums, nums[1:])])
print(10 ** 20 == 1e20, 10 ** 20 + 1 > 1e20, 2 ** 53 + 1 > float(2 ** 53), -0.0 < 0, -0.0 == 0)
print(1 < 1.5 < 2 < 2.5 < 3, True < 2, False == 0.0, 1 == 1.0 == (1 + 0j))
for a, b in ((1, "1"), ("a", b"a"), ([1], (1,)), (None, None), (None, 0), ({}, []), (1j, 1)):
    try:
        print(repr(a), repr(b), a == b, a != b, a < b)
    except TypeError as e:
        print(repr(a), repr(b), a == b, "TypeError", e)
print(sorted([[3], [1, 2], [1], []]), sorted([(2,), (1, 9), (1,)]), sorted(["b", "aa", "a", ""]))
print(max([1, 2.0, 2]), type(max([1, 2.0, 2])).__name__, max([2, 2.0]), type(max([2, 2.0])).__name__)
print(min([True, 1, 1.0]), type(min([True, 1, 1.0])).__name__)
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version(v) for v in ("1.10", "1.2", "1.2.1", "0.9", "1.2")]
print(sorted(vs), max(vs), min(vs), Version("1.2") in vs, vs.count(Version("1.2")))
