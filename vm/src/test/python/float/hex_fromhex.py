# float.hex and float.fromhex without the math module: round trips, subnormals, rounding of long mantissas.
vals = [1.0, -2.0, 0.5, 0.1, 1 / 3, 1e-320, 5e-324, 2.0 ** -1022, 1.7976931348623157e308, 3.0, 1024.0, -0.0, 0.0]
for v in vals:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v or (v != v))
for s in ("0x1.0000000000000p+0", "0x1.00000000000008p+0", "0x1.00000000000018p+0", "0x1.ffffffffffffffp+0",
          "0x.0000000000001p-1022", "0x1p-1074", "0x1.8p-1074", "-0x1p+1023", "0X1.FP1", "0x1P-2", "+0x0.1p4", "0x10.8"):
    print(s, repr(float.fromhex(s)))
for s in ("0x1p1024", "0x2p1023", "-0x1.fffffffffffff8p1023"):
    try:
        print(s, float.fromhex(s))
    except OverflowError as e:
        print(s, "OverflowError", e)
for s in ("", "0x", "0xp1", "1.0.0", "0x1p", "0x1p+", "x1", "0x1 p1", "nanx", "infinity", "-inf", " 0x1 "):
    try:
        print(repr(s), repr(float.fromhex(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
class F(float):
    pass
print(type(F.fromhex("0x1p0")).__name__, F.fromhex("0x1p3"))
try:
    float.fromhex(1.0)
except TypeError as e:
    print("TypeError", e)
print((0.1).hex() == "0x1.999999999999ap-4", (1.5).hex(), (-1.5).hex(), float("inf").hex(), float("nan").hex())
