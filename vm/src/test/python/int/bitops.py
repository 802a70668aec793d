# Bitwise operators, shifts and bit_length/bit_count on small and big ints.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), ~v)
for a in (12, -12, 2 ** 65 + 7):
    for b in (10, -10, 3):
        print(a & b, a | b, a ^ b)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100, -1 << 70)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 64, (2 ** 100) >> 99, -(2 ** 100) >> 98)
print(-7 >> 1, 7 >> 1, -7 << 2)
for op in ("1 << -1", "1 >> -1", "1 << 2 ** 100"):
    try:
        print(eval(op))
    except Exception as e:
        print(op, "->", type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(e)
try:
    1 | "a"
except TypeError as e:
    print(e)
try:
    [] ^ 3
except TypeError as e:
    print(e)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(0b1010 & 0o17, 0xff ^ 0x0f, ~0b0)
print((2 ** 100 - 1).bit_count(), (1 << 1000).bit_length())
print(int.bit_length(-(2 ** 64)), (-(2 ** 64)).bit_count())
