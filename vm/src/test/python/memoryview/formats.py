# memoryview cast, multi-byte formats, tolist of casts, slicing with steps, comparisons between views.
data = bytearray(range(16))
m = memoryview(data)
print(m.cast("B").tolist()[:4], m.cast("b").format, len(m.cast("H")), len(m.cast("I")), len(m.cast("Q")))
h = m.cast("H")
print(h.itemsize, h.nbytes, h.shape, h.strides, h[0] == int.from_bytes(data[0:2], "little") or h[0] == int.from_bytes(data[0:2], "big"))
c = m.cast("B", shape=[4, 4])
print(c.ndim, c.shape, c.strides, c.tolist())
try:
    c[0]
except NotImplementedError as e:
    print("NotImplementedError", e)
print(c[1, 2], c.tobytes() == bytes(data))
for fmt in ("x", "d", "Z"):
    try:
        m.cast(fmt)
    except (ValueError, TypeError) as e:
        print(fmt, type(e).__name__, e)
try:
    memoryview(bytes(3)).cast("H")
except TypeError as e:
    print("TypeError", e)
s = m[::4]
print(s.tolist(), s.contiguous, m.contiguous, s.c_contiguous, s.tobytes())
print(memoryview(b"abc") == memoryview(b"abc"), memoryview(b"abc") == b"abc", memoryview(b"abc") != bytearray(b"abd"))
f = memoryview(bytearray(8)).cast("d")
f[0] = 1.5
print(f[0], f.tolist(), f.format)
try:
    f[0] = "x"
except TypeError as e:
    print("TypeError", e)
print(memoryview(b"xyz")[1:].tobytes(), bytes(memoryview(b"xyz")[::-1]), memoryview(b"ab").tolist())
v = memoryview(b"hello")
print(v.hex(), v[1:3].hex(), v.toreadonly().readonly, v.obj, len(v[10:]))
