# NormalDist.inv_cdf through _statistics: the same bits as CPython, centre and both tails.
import _statistics
import math
import random
import statistics
import struct

f = _statistics._normal_dist_inv_cdf
for p in (0.5, 0.025, 0.975, 0.1, 0.425, 0.075, 0.925, 1e-5, 1 - 1e-5, 1e-12, 1e-100, 5e-324,
          0.9999999999999999):
    x = f(p, 0.0, 1.0)
    print(p, repr(x), struct.pack("<d", x).hex())
print(f(0.3, 100.0, 15.0), f(0.7, -2.5, 0.5), f(0.2, 0, float("inf")), f(0.5, 0, 0))
print(f(float("nan"), 0, 1), f(0.3, float("nan"), 1))

rnd = random.Random(11)
acc = 0
for _ in range(20000):
    # ldexp is exact: the inputs are the same bits on every interpreter.
    p = math.ldexp(rnd.random(), -rnd.randrange(0, 80))
    p = 1 - p if rnd.random() < 0.3 else p
    if 0.0 < p < 1.0:
        acc ^= struct.unpack("<Q", struct.pack("<d", f(p, rnd.uniform(-3, 3), rnd.uniform(0.5, 4))))[0]
print(hex(acc))

nd = statistics.NormalDist(10, 2)
print(nd.inv_cdf(0.9), [round(q, 12) for q in nd.quantiles(5)])
print(statistics.NormalDist().inv_cdf(0.841344746))

for args in ((0.0, 0, 1), (1.0, 0, 1), (-1, 0, 1), (True, 0, 1)):
    try:
        f(*args)
    except ValueError as e:
        print("ValueError:", e)
for args in (("x", 0, 1), (0.5, 0), (0.5, 0, 1, 2)):
    try:
        f(*args)
    except TypeError as e:
        print("TypeError")
try:
    statistics.NormalDist().inv_cdf(1.5)
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
