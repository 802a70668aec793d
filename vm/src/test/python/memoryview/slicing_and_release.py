# memoryview slicing shares memory, writes visible through the base object, release() and context manager, exports.
buf = bytearray(b"0123456789")
m = memoryview(buf)
part = m[2:6]
part[0] = ord("X")
part[1:3] = b"YZ"
print(buf, part.tobytes(), len(part), part.nbytes)
step = m[::3]
print(step.tobytes(), step.tolist(), step.contiguous)
try:
    step[0:2] = b"ab"
    print(buf)
except (ValueError, TypeError, NotImplementedError) as e:
    print(type(e).__name__, e)
try:
    buf.append(1)
except BufferError as e:
    print("BufferError", e)
part.release()
step.release()
m.release()
buf.append(ord("!"))
print(buf)
with memoryview(buf) as m2:
    print(m2[0], m2[-1], m2.tobytes()[:3])
    try:
        buf.extend(b"more")
    except BufferError as e:
        print("BufferError", e)
buf.extend(b"more")
print(buf, m2.__repr__().startswith("<released"))
ro = memoryview(b"immutable")
print(ro.readonly, ro.tobytes(), ro[::-1].tobytes(), bytes(ro[2:5]))
print(memoryview(b"abc").tolist(), memoryview(bytearray(b"\x00\xff")).tolist(), memoryview(b"").tobytes())
print(memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"ab") == [97, 98], memoryview(b"ab").tolist() == [97, 98])
