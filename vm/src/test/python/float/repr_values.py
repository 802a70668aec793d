# repr and str of many floats: shortest round-trip digits, exponents, signs.
values = [0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, -1.5, 1 / 3, 2 / 3, 10.0, 100.0, 1e15, 1e16, 1e17,
          1.5e16, 123456789012345678.0, 1e-4, 1e-5, 1e-7, 0.0001234, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 1e22, 1e23, 9007199254740993.0,
          0.5, 0.25, 0.125, 1e100, 1.23e-100, 123.456, -987.654e10, 4.35, 2.675, 1.1, 2.2, 3.3]
for v in values:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"), -float("nan"), float("Infinity"), float("-iNF"))
print(repr(1e16 - 1), repr(1e16 + 2), repr(float(2 ** 53)), repr(float(2 ** 53 + 1)))
print(float(10 ** 20), float(-(10 ** 30)), float(2 ** 1000) > 0)
print([0.1, 0.7, 1e-10], (1.5, -2.5e-8), {1.0: 2.5})
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10))
print(1.0 .hex() if False else float.__repr__(7.0), float.__str__(7e-9))
print(sum([0.1] * 10), 0.1 * 3, 1 - 0.9, 100 * 1.1)
for k in range(-5, 6):
    print(k, repr(10.0 ** k), repr(1.5 * 10.0 ** (k * 4)), str(-(2.0 ** (k * 10))))
print(repr(0.1 + 0.7), repr(1.0 / 49 * 49), repr(float("1.00000000000000011")))
print(float("0.30000000000000004") == 0.1 + 0.2, repr(float("1e-323")))
