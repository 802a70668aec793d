# Float comparisons with ints exactly, including huge values and nan in containers.
import math
big = 2 ** 53
print(float(big) == big, float(big) == big + 1, float(big) < big + 1, big + 1 > float(big))
print(1e20 == 10 ** 20, 1e23 == 10 ** 23, 1e23 < 10 ** 23, float(10 ** 23) > 10 ** 23 - 1)
print(0.5 < 1, -0.0 == 0, -0.0 == 0.0, 0.0 < 5e-324, 1.0 == True, 2.0 != 2)
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], (nan,) == (nan,), nan is nan, lst.count(nan), lst.index(nan))
print(float("nan") in [float("nan")], math.isnan(nan), math.isinf(-math.inf), math.isfinite(1e308))
print(sorted([3.5, -1, 2, 0.0, -0.0, 1e-9]), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.copysign(3, nan) > 0)
print(math.inf > 10 ** 1000, -math.inf < -(10 ** 1000), 10 ** 1000 > 1.7e308)
print(hash(nan) == hash(nan), hash(0.5), hash(-1.0), hash(1e100) == hash(10 ** 100), hash(1e100) == hash(int(1e100)))
print((1.5).__eq__(1.5), (1.5).__eq__("x"), (1.5).__lt__(2), float.__ge__(2.0, 2))
try:
    1.0 < "1"
except TypeError as e:
    print(e)
try:
    1.0 >= None
except TypeError as e:
    print(e)
vals = [1, 1.0, True, 1 + 0j]
print([a == b for a in vals for b in vals])
print(len({1, 1.0, True}), len({0, 0.0, -0.0, False}), {0.0: 1, -0.0: 2})
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3))
print(0.1 + 0.2 > 0.3, 1 / 3 * 3 == 1.0, 0.1 * 10 == 1.0)
print(float.__gt__(1.0, 2 ** 64), float.__le__(-1.0, -(2 ** 64)), float.__eq__(1.0, 1))
