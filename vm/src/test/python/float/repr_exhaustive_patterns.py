# repr of floats built from digit patterns: powers of ten boundaries where repr switches to exponent notation.
for e in range(-7, 18):
    v = 10.0 ** e
    print(e, repr(v), repr(-v), repr(v * 1.5), repr(v + v / 7))
for v in (1e16, 9999999999999998.0, 1e16 + 2, 123456789012345680.0, 0.0001, 0.00001, 0.000123, 0.0000123):
    print(repr(v), str(v), f"{v}", f"{v!r}", "%r" % v, "%s" % v)
for digits in range(1, 18):
    v = float("0." + "1" * digits)
    print(digits, repr(v), repr(v * 10 ** digits))
print(repr(1 / 3 * 3), repr(2 / 3), repr(0.1 * 0.1), repr(1.1 * 1.1), repr(3.0 * 1.1))
halves = [i / 8 for i in range(-8, 9)]
print(halves)
print([repr(2.0 ** k) for k in range(50, 60)])
print([repr(2.0 ** -k) for k in range(10, 16)])
print([repr(k / 100) for k in range(0, 100, 7)])
print([str(round(k * 0.1, 1)) for k in range(12)])
print([repr(float(s)) for s in ("1e22", "1e23", "9.999999999999999e22", "5e-324", "1.5e-323", "2.5e-323")])
print(repr(float("123456789e-5")), repr(float("0.000000000000000000001")), repr(float("1" * 25)))
print(repr(1e16 / 3), repr(-1e-16 / 3), repr(2.5e-310), repr(float(2 ** 60 + 1)))
print(repr(9007199254740993.0), repr(4503599627370497.5), repr(0.30000000000000004 - 0.1))
print(repr(100.0), repr(1e2), repr(1_000.000_1), repr(.5), repr(5.), repr(0e0))
