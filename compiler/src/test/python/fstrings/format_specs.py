import datetime
from decimal import Decimal
v = 1234567.891
print(f"{v:,.2f} {v:_.1f} {v:e} {v:g} {v:%}"[:60])
print(f"{0.25:%} {0.25:.0%} {1e20:g} {1e-5:f}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#o} {65:c}")
print(f"{'text':>10}|{'text':<10}|{'text':^10}|{'text':=^12}")
print(f"{-42:=8d}|{42:+}|{-42: }|{42:08.3f}")
dt = datetime.date(2024, 3, 15)
print(f"{dt:%Y/%m/%d} {dt:%B} {dt}")
print(f"{Decimal('1.10'):.3f} {Decimal('3.14159'):.2}")
print(f"{3+4j:.1f} {12345678901234567890:,}")
print(f"{'abc':.2} {'abc':5.1}|")
print(format(3.5, ".0f"), format(4.5, ".0f"), f"{2.675:.2f}")
print(f"{True:d} {True} {None!r:>6}")
