# memoryview over bytes and bytearray: indexing, slicing, tobytes, tolist, release, writes.
data = bytearray(b"abcdef")
m = memoryview(data)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
s = m[1:4]
print(s.tobytes(), bytes(s), s.tolist(), len(s), s.hex(), s.hex(":"), m[::2].tobytes(), m[::-1].tobytes())
m[0] = 65
m[1:3] = b"BC"
print(data, m.obj is data, s.obj is data, bytes(m) == bytes(data), m == data, m == b"ABCdef", m == m[:])
ro = memoryview(b"xyz")
print(ro.readonly, ro[1], ro.tobytes().upper())
for f in (lambda: ro.__setitem__(0, 1), lambda: m.__setitem__(0, 256), lambda: m.__setitem__(slice(0, 2), b"x"),
          lambda: m[10], lambda: memoryview("str"), lambda: memoryview(5), lambda: m["a"], lambda: hash(m)):
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(hash(ro) == hash(b"xyz"))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
print(cm.__repr__().startswith("<released memory"))
try:
    cm.tobytes()
except ValueError as e:
    print("ValueError", e)
try:
    len(cm)
except ValueError as e:
    print("ValueError", e)
m2 = memoryview(bytearray(b"\x01\x02\x03\x04"))
c = m2.cast("H")
print(c.format, c.itemsize, len(c), c.nbytes, c.tolist() == [0x0201, 0x0403] or c.tolist() == [0x0102, 0x0304])
print(list(memoryview(b"it")), b"".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"q")), m2.toreadonly().readonly)
m.release()
print(m.__repr__().startswith("<released memory"))
try:
    m[0]
except ValueError as e:
    print("ValueError", e)
