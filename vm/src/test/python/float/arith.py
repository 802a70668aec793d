# Float arithmetic: division by zero errors, floor/mod with negatives, inf/nan rules.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (0.1, 0.03), (-0.0, 1.0), (5, 0.5)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -1e-300 % 1, 1e-300 % -1)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (1.5, -0.0)]:
    for op in ("/", "//", "%"):
        try:
            print(eval(f"a {op} b"))
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("divmod", e)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, inf == inf)
print(inf % 5 if False else 5 % inf, -5 % inf, 5 // inf, -5 // inf)
try:
    inf % 5
    print(inf % 5)
except Exception as e:
    print(type(e).__name__, e)
print(2.0 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 0.0 ** 0.0, inf ** 0, 1.0 ** nan)
for expr in ("0.0 ** -1", "(-8.0) ** 0.5", "10.0 ** 400", "2.0 ** 10000"):
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
print(1e308 + 1e308, -(1e308 * 2), 1e-323 / 2, 1e-323 * 0.1)
print(float.__rtruediv__(2.0, 1), float.__rsub__(2.0, 1), float.__add__(1.0, "x"))
print(3 * 0.1 == 0.3, abs(-2.5), abs(-0.0), -(0.0), +(-0.0))
