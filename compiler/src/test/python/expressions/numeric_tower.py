from fractions import Fraction
from decimal import Decimal
print(1 + 2.0, 1 + 2j, True + 1, type(True + 1).__name__, type(1 / 1).__name__)
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction(1, 3) + 1)
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7))
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 7.0 // 2, divmod(-7, 2), divmod(7.5, 2))
print(2 ** 0.5, 4 ** 0.5, (-4) ** 0.5, 10 ** -2, 0 ** 0, 0.0 ** 0)
print(int(3.9), int(-3.9), round(3.5), round(-3.5), round(2.5), int("0b101", 0), int(" 42 "))
print(float("inf") > 10 ** 300, float("-inf") < -10 ** 300, 10 ** 400 > float("inf") if False else "skip")
print(abs(-0.0), -0.0 == 0.0, complex(1, -1).conjugate(), (1j) ** 2)
print(1e16 + 1 == 1e16, 2 ** 53 + 1 == float(2 ** 53 + 1), (0.1).as_integer_ratio())
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10 ** 10000 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
