# Basic arithmetic on small ints, including floor semantics with negatives.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 7)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
for a, b in pairs:
    print(a, "/", b, "=", a / b)
print(-0, +5, -(-5), ~5, ~-1, ~0)
print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4, 0 ** 0)
print(2 ** -1, 4 ** -2, (-2) ** -3)
print(10 - 20 * 3 + 100 // 7 % 4)
x = 17
x += 3
x -= 1
x *= 4
x //= 3
x %= 7
x **= 3
print(x)
print(abs(-12), abs(12), abs(0))
print(int(-3.9), int(3.9), int(-0.5), int(True))
print((1).real, (1).imag, (5).numerator, (5).denominator)
print((5).conjugate(), (-5).__neg__(), (5).__abs__())
print(7 .__divmod__(2), (7).__rdivmod__(2))
print(int.__add__(3, 4), int.__sub__(3, 4), int.__mul__(3, 4))
print(int.__floordiv__(7, 2), int.__truediv__(7, 2), int.__mod__(-7, 2))
print(int.__pow__(2, 5), int.__pow__(2, 5, 3))
