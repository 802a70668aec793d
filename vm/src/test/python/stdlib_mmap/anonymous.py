# Anonymous maps: indexing, slices with steps, iteration, the errors of a map that is not a
# file, and what the map is not (hashable by value, a sequence that adds).
import mmap

m = mmap.mmap(-1, 16)
print(len(m), m[:], repr(m))
m[:] = bytes(range(16))
print(m[2], m[-1], m[1:12:3], m[::-4], m[20:], m[5:2])
m[::5] = b"ABCD"
print(m[:])
print(list(m)[:4], b"B" in m, 66 in m)
for key, value in [(16, 1), (0, 256), (0, b"x"), ("a", 1), (slice(0, 2), b"abc"), (slice(0, 2), "ab")]:
    try:
        m[key] = value
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for key in (16, -17, "a", 1.5):
    try:
        m[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del m[0]
except TypeError as e:
    print("TypeError", e)

print("read:", m.read(3), m.tell(), m.read(None)[-2:], m.read(), m.readline())
for call in (m.read_byte, lambda: m.write(b"x"), lambda: m.seek(17), lambda: m.seek(0, 7), m.size,
             lambda: m.flush(0, 100), lambda: m.madvise(0, 100), lambda: m.move(0, 10, 10), lambda: m.write_byte(-1)):
    try:
        print(call())
    except (ValueError, OSError, OverflowError) as e:
        print(type(e).__name__, e)

m.resize(32)
print("resized:", len(m), m[14:18])
m.resize(4)
print("shrunk:", m[:], m.tell(), repr(m))
n = mmap.mmap(-1, 8, trackfd=False)
try:
    n.resize(4)
except ValueError as e:
    print("ValueError", e)
for attempt in (lambda: hash(m) == hash(m), lambda: m + b"x"):
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError", type(e).__name__)
m.close()
m.close()
for call in (m.read, m.tell, lambda: len(m), m.__enter__):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(mmap.error is OSError, mmap.PAGESIZE, mmap.ACCESS_COPY, mmap.MAP_ANONYMOUS, mmap.MADV_DONTNEED)

# gh-103987: an __index__ that closes the map while its argument is converted.
for use in (lambda m, X: m[X()], lambda m, X: m[X():], lambda m, X: m.read(X()),
            lambda m, X: m.find(b"a", X()), lambda m, X: m.__setitem__(X(), 1), lambda m, X: m.write_byte(X())):
    victim = mmap.mmap(-1, 64)
    class X:
        def __index__(self):
            victim.close()
            return 10
    try:
        use(victim, X)
    except ValueError as e:
        print("ValueError", e)
