# bytes.hex with separators, fromhex whitespace rules, %-formatting of bytes, repr of every byte.
b = bytes(range(0, 256, 17))
print(b.hex(), b.hex(" "), b.hex(":", 2), b.hex(":", -2), b.hex("|", 3), b.hex("-", 100))
print(bytearray(b).hex("_"), memoryview(b).hex(), b"".hex(":"))
for s in ("00ff", " 00 ff ", "0\t0", "00\nff", "AbCd", "a b"):
    try:
        print(repr(s), bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for sep in ("", "ab", "é", 5):
    try:
        print(b.hex(sep))
    except (ValueError, TypeError) as e:
        print(repr(sep), type(e).__name__, e)
print("".join(repr(bytes([i]))[2:-1] for i in range(0, 48)))
print("".join(repr(bytes([i]))[2:-1] for i in range(120, 136)))
print(repr(bytes([39])), repr(bytes([34])), repr(bytes([39, 34])), repr(bytes([92])))
print(b"%5s|%-5s|%.1s" % (b"ab", b"cd", b"ef"), b"%x %o %d %i %u" % (255, 8, -3, 7, 9), b"%e" % 1.5, b"%g" % 1e20)
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%c" % 10, b"%r" % "é", b"%a" % b"\xff", b"%%")
print(b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), b"%b" % b"b")
class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(b"%s" % HasBytes(), b"%b" % HasBytes())
for fmt, arg in ((b"%s", 5), (b"%s", "str"), (b"%d", 1.5j), (b"%c", b"ab"), (b"%(x)s", 5)):
    try:
        print(fmt % arg)
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
