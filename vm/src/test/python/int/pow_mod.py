# pow with two and three arguments, negative exponents, modular inverse.
print(pow(2, 10), pow(2, 10, 1000), pow(2, 100, 97), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, 0, 7), pow(0, 0, 7), pow(5, 1, 1), pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97), pow(-3, -1, 7))
print(pow(2, 10 ** 6, 10 ** 9 + 9))
print(pow(2 ** 80, 3, 2 ** 61 - 1), pow(7, 2 ** 70, 13))
print(pow(2, -1), pow(-2, -2), pow(10, -3))
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3))
tests = [
    (lambda: pow(2, -1, 4)),
    (lambda: pow(2, 3, 0)),
    (lambda: pow(2.0, 3, 5)),
    (lambda: pow(2, 3.0, 5)),
    (lambda: pow(0, -1)),
    (lambda: 0 ** -1),
    (lambda: pow(2, "3")),
    (lambda: pow(2, 3, "5")),
    (lambda: pow(0.0, -1)),
    (lambda: pow()),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(int.__pow__(2, 3, None), int.__rpow__(3, 2))
print((-1) ** (10 ** 20), (-1) ** (10 ** 20 + 1), 1 ** (2 ** 200))
