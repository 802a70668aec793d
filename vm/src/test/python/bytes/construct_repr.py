# bytes constructors, indexing returning ints, repr escapes, fromhex/hex.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"abc"), bytes(bytearray(b"x")), bytes("é", "utf-8"))
print(bytes(memoryview(b"mv")), bytes((x for x in (1, 2))), bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("0A0b"))
print(repr(b"\x00\x01\t\n\r\x7f\x80\xff\\'\""), b"'", b'"', b"'\"", repr(bytes(range(30, 40))))
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], type(b[0]).__name__, list(b), b[10:], b[-100:2])
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b"".hex(), bytes(range(250, 256)).hex(".", 4))
for f in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes("x"), lambda: bytes(1.5),
          lambda: bytes(["a"]), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("0 0"),
          lambda: b[5], lambda: b["x"], lambda: bytes("x", "ascii", "strict", 1), lambda: bytes(None)):
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
class HasBytes:
    def __bytes__(self):
        return b"custom"
class Idx:
    def __index__(self):
        return 4
print(bytes(HasBytes()), bytes(Idx()), bytes([Idx()]), b"abc"[Idx() - 3 if False else 1])
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
print(hash(b"abc") == hash(b"abc"), b"abc".decode(), str(b"a", "ascii"), b"x".__len__(), len(b"\x00" * 7))
print(bytes.fromhex("ff").hex(), b"\xff".hex(sep="|"), bytes.__name__, type(b"").__mro__)
print(b"abc".__getitem__(0), b"abc".__getitem__(slice(1, None)), b"%b" % b"ok", b"%5b|%-5b|" % (b"x", b"y"))
print(str(b"x\n", "ascii") == "x\n", [bytes([i]) for i in b"ab"], b"ab".__iter__().__next__())
