# struct: formats, byte orders, alignment, Struct objects, iter_unpack, errors.
import struct

print(struct.pack("<hHiIqQ", -2, 65535, -3, 2**32 - 1, -(2**63), 2**64 - 1))
print(struct.pack(">bB?xc3s", -1, 255, True, b"z", b"abcd"), struct.pack("@bi", 1, 2), struct.calcsize("@bi"))
print(struct.pack("=bi", 1, 2), struct.calcsize("=bi"), struct.calcsize("@bq0q"), struct.calcsize("!5p"))
print(struct.pack("<efd", 1.5, -0.1, 1e300), struct.unpack("<efd", struct.pack("<efd", 65504.0, 3.14, 2.5)))
print(struct.unpack(">I", b"\x00\x01\x02\x03"), struct.unpack("<4s2x?", b"spam\0\0\x02"), struct.unpack("5p", b"\x03abcd"))
s = struct.Struct("<I2sf")
print(s.format, s.size, s.pack(7, b"hi", 0.5), s.unpack(s.pack(7, b"hi", 0.5)))
buf = bytearray(16)
s.pack_into(buf, 4, 1, b"ok", 2.0)
print(bytes(buf), s.unpack_from(buf, 4), struct.unpack_from("<H", buf, offset=4))
print(list(struct.iter_unpack("<hh", b"\x01\x00\x02\x00\x03\x00\x04\x00")))
print(struct.pack("<n N P"[:1] if False else "<l", -1), struct.pack("@P", 0) == bytes(struct.calcsize("P")))
print(struct.pack(">q", 2**63 - 1), struct.pack("<?", []), struct.pack("<?", [0]))
for fmt, args in [("<h", (2**15,)), ("<B", (-1,)), ("<i", (1.5,)), ("<c", (b"ab",)), ("<s", ("x",)),
                  ("<e", (1e6,)), ("<3i", (1, 2)), ("<q", ("1",)), ("z", (1,)), ("<Q", (-1,))]:
    try:
        struct.pack(fmt, *args)
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for fmt, data in [("<i", b"\x00"), ("<2h", b"\x00" * 5)]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print("error:", e)
try:
    s.pack_into(bytearray(3), 0, 1, b"x", 1.0)
except struct.error as e:
    print("error:", e)
try:
    struct.Struct("<i").iter_unpack(b"abc")
except struct.error as e:
    print("error:", e)
print(struct.unpack("<d", struct.pack("<d", float("inf"))), struct.unpack("<f", struct.pack("<f", 1 / 3)))
print(repr(struct.Struct("i")), struct.Struct(b"<h").format)
