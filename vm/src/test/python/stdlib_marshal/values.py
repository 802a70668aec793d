# marshal of Python values: containers, identity, cycles, versions, interning, buffers, errors.
import io
import marshal
import sys

l = [1.5, "a b"]
l.append(l)
back = marshal.loads(marshal.dumps(l))
print(back[2] is back, back[:2])

d = {"k": 1.25}
d["self"] = d
back = marshal.loads(marshal.dumps(d))
print(back["self"] is back, sorted(k for k in back))

shared = (1.5, "x y")
pair = marshal.loads(marshal.dumps((shared, shared)))
print(pair[0] is pair[1], pair)
pair = marshal.loads(marshal.dumps((shared, shared), 2))
print(pair[0] is pair[1], pair)

value = (1.5, "\xe9", "abc", "a b", (1,), 2 ** 40, 1j, -0.0, 1e300, b"by")
for version in range(5):
    data = marshal.dumps(value, version)
    print(version, data.hex())
    assert marshal.loads(data) == value

print(marshal.dumps([1000, [2000]]).hex(), marshal.dumps({"a": [1]}).hex())
print(marshal.loads(marshal.dumps({"a": [({0},)]}, allow_code=False), allow_code=False))

s = sys.intern("an interned string")
print(marshal.loads(marshal.dumps(s)) is s, marshal.loads(marshal.dumps(s, 2)) is s)

print(marshal.dumps(bytearray(b"abc")).hex(), type(marshal.loads(marshal.dumps(memoryview(b"xy")))))
print(marshal.loads(b"I\xfe\xdc\xba\x98\x76\x54\x32\x10") == 0x1032547698BADCFE)
print(marshal.loads(b"f\x031.5"), marshal.loads(b"x\x010\x03-2.5"))

for kind in (int, float, complex, tuple, list, dict, set, frozenset):
    try:
        marshal.dumps(type("sub", (kind,), {})())
    except ValueError as e:
        print(kind.__name__, e)

for bad in (b"", b"i\x01", b"l\x02\x00\x00\x00\x00\x00\x00\x00", b"\x01", b"r\x05\x00\x00\x00", b"0"):
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)

f = io.BytesIO(marshal.dumps(5) + b"--" + marshal.dumps("abc") + marshal.dumps([None]))
print(marshal.load(f), f.tell(), f.read(2), marshal.load(f), f.tell(), marshal.load(f), f.tell())
try:
    marshal.load(f)
except EOFError as e:
    print("EOFError", e)


class TooMuch(io.BytesIO):
    def readinto(self, buf):
        n = super().readinto(buf)
        return n + 10 if n else n


try:
    marshal.load(TooMuch(marshal.dumps(1.0)))
except ValueError as e:
    print("ValueError", str(e).split(":")[0])
