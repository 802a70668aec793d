# decimal: contexts, rounding, quantize, signals and traps, special values, formatting.
from decimal import (Decimal, localcontext, getcontext, Context, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN,
                     ROUND_CEILING, InvalidOperation, DivisionByZero, Inexact, Rounded, FloatOperation)
import decimal

print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(7), Decimal("10") ** -3)
print(Decimal(0.1), Decimal("0.1") * 3 == Decimal("0.3"), Decimal((1, (3, 1, 4), -2)))
print(Decimal("7.325").quantize(Decimal("0.01")), Decimal("7.325").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
for r in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING):
    with localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = r
        print(r, +Decimal("2.675"), +Decimal("-2.675"), Decimal(2).sqrt(), Decimal(1) / 3)
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN").is_snan(), Decimal("-0") == 0, Decimal("1e400").exp() if False else "")
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / 0, Decimal(-1) / 0, bool(ctx.flags[DivisionByZero]))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero:", type(e).__mro__[1].__name__, isinstance(e, ZeroDivisionError))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", isinstance(e, ArithmeticError))
ctx = Context(prec=5, traps=[Inexact])
try:
    ctx.divide(Decimal(1), Decimal(3))
except Inexact:
    print("Inexact trapped")
print(ctx.divide(Decimal(1), Decimal(4)), ctx.power(Decimal(2), 10), Context(prec=5).create_decimal("3.14159265"))
print(Decimal("123.456").as_tuple(), Decimal("1.2300").normalize(), Decimal("12E3").to_eng_string())
print(Decimal("12.5").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("-7.9")))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.00012'):.2e} {Decimal('42'):>8} {Decimal('3.5'):%}")
print(Decimal(10).ln().quantize(Decimal("1.000")), Decimal(100).log10(), Decimal("2").fma(3, 4), Decimal(-5).copy_abs())
print(sorted([Decimal("2.5"), Decimal("-1"), Decimal("2.50"), Decimal("0.1")]), max(Decimal(1), Decimal("1.0")))
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal(7)) == hash(7), Decimal("1.5").as_integer_ratio())
print(Decimal(7) // Decimal(-2), Decimal(7) % Decimal(-2), divmod(Decimal(7), Decimal(2)), Decimal(2) < 2.5)
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    try:
        Decimal(0.5) < Decimal(1) or Decimal(1) == 1.0
        print(Decimal(1) < 1.5)
    except FloatOperation:
        print("FloatOperation trapped")
print(getcontext().prec, getcontext().Emax, decimal.MAX_PREC > 10**9, repr(Decimal("1.0")))
