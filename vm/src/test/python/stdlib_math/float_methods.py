# is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag.
for v in (0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 2.0 ** 60, 1 / 3):
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v)
print(float.fromhex("0x1p0"), float.fromhex("0x1.8p1"), float.fromhex("-0X.8p-1"), float.fromhex("0x1.fffffffffffffp+1023"))
print(float.fromhex("  0x10  "), float.fromhex("1p4"), float.fromhex("inf"), float.fromhex("-nan"), float.fromhex("0x0p0"))
print(float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"), float.fromhex("0x3p-1075"))
for s in ("0x1p2000", "0xg", "", "0x1.8p", "1.0e5"):
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in (float("inf"), float("nan")):
    print(v.is_integer(), v.hex())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-0.0).hex())
print(float.__trunc__(-2.7), float.__floor__(-2.7), float.__ceil__(-2.7))
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), type(math.floor(2.5)).__name__)
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(1e20), int(-1.9e19), int(2.0 ** 100))
class G(float):
    pass
print(type(G.fromhex("0x1p1")).__name__, G.fromhex("0x1p1"), G(3) + 1, type(G(3) + 1).__name__)
