# Shortest repr round-trips for computed floats; str(float) equals repr(float); formatting with 'r'-free specs.
vals = []
x = 1.0
for i in range(30):
    vals.append(x)
    x = x * 1.7 + 0.01
for v in vals[::3]:
    r = repr(v)
    print(r, float(r) == v, str(v) == r, format(v, "") == r)
thirds = [i / 3 for i in range(1, 10)]
print(thirds)
print([i / 10 for i in range(11)])
print([1 / 2 ** i for i in range(0, 60, 7)])
print([10.0 ** i for i in range(14, 18)], [10.0 ** -i for i in range(3, 7)])
print([float(2 ** i) for i in (52, 53, 54, 63, 64)])
print([2.0 ** i for i in (-1022, -1074, 1023)])
print(0.1 * 3, 0.1 + 0.2 - 0.3, 1e16 + 1, 9007199254740992.0 + 1.0, 9007199254740992.0 + 2.0)
print(123456789.123456789, 0.000123456789123456789, 1234567890123456789.0)
print(float("0.1000000000000000055511151231257827"), float("1e-325"), float("2.4703282292062328e-324"))
print(-1e-320, 1e-310 * 1e-10, 4.9406564584124654e-324 / 2)
print(repr(float("1.7976931348623157e308")), repr(float("1.7976931348623159e308")))
s = 0.0
for i in range(1000):
    s += 0.001
print(s, round(s, 12), s == 1.0)
print(f"{0.1:.17f} {0.1:.30f} {1/3:.20e} {2/3:.0e}")
print(float.__repr__(1.5), float.__str__(-0.0), (1.5).__format__(".3"), format(1e-5, ".3"))
