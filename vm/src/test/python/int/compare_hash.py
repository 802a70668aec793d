# Comparisons between ints, floats and bools, and the hash invariants.
import sys
print(1 == 1.0, 1 == True, 0 == False, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 < 2 < 3, 3 > 2 > 2, 1 <= 1 >= 1, 1 != 1.0)
print(hash(1) == hash(1.0) == hash(True), hash(0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(-(2 ** 61)), hash(10 ** 30), hash(-(10 ** 30)))
print(hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0), hash(2.0 ** 80) == hash(2 ** 80))
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.width, sys.hash_info.inf)
print(hash(float("inf")), hash(float("-inf")))
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([3, 1.5, True, 0, -2.5]))
for a, b in [(1, "1"), (1, None), ([], 1)]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print(1 == "1", None == 0, (1, 2) == (1.0, 2.0), [1] == [True])
print(int.__eq__(1, 1.0), int.__lt__(1, 2), int.__eq__(1, "x"))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({2 ** 64: 1}[2.0 ** 64], 0.1 + 0.2 == 0.3, (10 ** 20) == 1e20, 10 ** 23 == 1e23)
