# round() on floats: banker's rounding, ndigits positive/negative, huge and special values.
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 0.375, 1e16 + 1, 7.0, -7.0):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__)
print(round(1234.5678, -2), round(1234.5678, 3), round(0.0001234, 5), round(5e-324, 400))
try:
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print("OverflowError", e)
print(round(123.456, -400), round(123.456, 400), round(1.5e308, -306))
print(round(-0.0), round(-0.0, 1), round(-0.4), round(-0.4, 0))
for v in (float("inf"), float("nan")):
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
print(round(2.5, None), round(3.5, None))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
class R:
    def __round__(self, n=None):
        return ("R", n)
print(round(R()), round(R(), 3))
print(round(1e300), len(str(round(1e300))))
print(float.__round__(2.5), float.__round__(2.45, 1))
