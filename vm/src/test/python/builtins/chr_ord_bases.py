# chr/ord, bin/oct/hex, int bases round trips, ascii art of code points.
for cp in (0, 9, 32, 65, 127, 128, 255, 256, 0x7ff, 0x800, 0xffff, 0x10000, 0x1f600, 0x10ffff):
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c.encode("utf-8")), hex(cp), oct(cp), bin(cp))
print(ord(b"a"), ord(bytearray(b"z")), ord("\n"), [ord(c) for c in "Kaa"])
for f in (lambda: ord(b"ab"), lambda: ord(""), lambda: chr(1.5), lambda: chr(2 ** 70), lambda: ord(5), lambda: chr()):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for n in (0, 5, -5, 2 ** 64, -(2 ** 64)):
    for conv, base in ((bin, 2), (oct, 8), (hex, 16)):
        s = conv(n)
        assert int(s, 0) == n and int(s, base) == n
    print(n, bin(n), oct(n), hex(n))
print("".join(chr(ord("a") + i) for i in range(26)), "".join(chr(0x2580 + i) for i in range(8)))
print(max(map(ord, "hello")), min(map(chr, range(65, 70))), sorted(map(chr, (99, 98, 97))))
print(hex(0xDEADBEEF).upper(), f"{ord('A'):08b}", int("1" * 8, 2), chr(int("1f600", 16)))
print([chr(c) for c in range(0x3b1, 0x3b6)], [hex(ord(c)) for c in "Ωé"], chr(0xe9).upper(), ord(chr(0xe9).upper()))
print(oct(-8), bin(-1), hex(-255), oct(0), bin(True), hex(False))
