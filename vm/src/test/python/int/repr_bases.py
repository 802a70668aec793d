# bin, oct, hex and repr of ints of all sizes and signs.
for n in (0, 1, -1, 7, -8, 255, -255, 2 ** 31, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 10 ** 25, -(10 ** 25)):
    print(n, repr(n), bin(n), oct(n), hex(n))
print(0b_1010, 0o_17, 0x_dead_beef, 1_000_000, 0, 00, 0_0)
print(format(-255, "x"), format(-255, "#b"), format(255, "#o"))
print("%d %i %o %x %X %#o %#x %#X" % (255, -255, 255, 255, 255, 255, 255, 255))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x" % (2 ** 100), "%d" % (-(10 ** 20)), "%o" % -(8 ** 10))
print("%c%c" % (65, 0x1F600), "%r %s %a" % (1, 2, 3))
print("%.3d|%8.4d|%-8.4x|" % (5, 7, 255))
print("%d" % 3.99, "%x" % True)
for spec, arg in (("%x", 1.5), ("%d", "1"), ("%c", -1), ("%c", "ab"), ("%o", 2.0)):
    try:
        print(spec % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(spec, type(e).__name__, e)
print(str(-0), repr(int("-0")), hex(-0))
print(bin(2 ** 100 + 1)[:10], len(bin(2 ** 100)))
for f in (bin, oct, hex):
    try:
        f(1.0)
    except TypeError as e:
        print(f.__name__, e)
print(int("+0b11", 0), int("-0X1F", 0), int("0O7", 0))
print(int.__repr__(True), int.__str__(False))
print(str(2 ** 200))
