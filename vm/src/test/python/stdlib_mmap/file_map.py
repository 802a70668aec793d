# An mmap over a file: reading like a file and like bytes, writing through to the file,
# flush, resize (the file follows), and the three access modes' rules.
import mmap
import os
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b"first line\nsecond line\nthird")
with mmap.mmap(fd, 0) as m:
    print(len(m), m.size(), m[:5], m[0], m[-1], m[::3])
    print(m.readline(), m.tell(), m.read(6), m.read_byte())
    print(m.find(b"line"), m.find(b"line", 0), m.rfind(b"line"), m.find(b"zzz"), m.find(b"d", -5))
    print("seek:", m.seek(0), m.seek(-5, os.SEEK_END), m.read(), m.seek(2, os.SEEK_SET), m.seek(3, os.SEEK_CUR))
    m[0] = ord("F")
    m[6:10] = b"LINE"
    m.seek(0)
    print("write:", m.write(b"FIRST"), m.tell())
    m.write_byte(ord("!"))
    m.move(11, 0, 6)
    m.flush()
    print("file now:", os.pread(fd, 30, 0))
    m.resize(40)
    print("resized:", len(m), m.size(), os.fstat(fd).st_size, m[28:])
    m.madvise(mmap.MADV_SEQUENTIAL)
    print(repr(m))
print("closed:", m.closed, repr(m))
try:
    m[0]
except ValueError as e:
    print("ValueError", e)

with mmap.mmap(fd, 10, access=mmap.ACCESS_READ) as ro:
    print(ro[:], repr(ro))
    for attempt in (lambda: ro.write(b"x"), lambda: ro.__setitem__(0, 1), lambda: ro.resize(5),
                    lambda: ro.move(0, 1, 1), lambda: ro.write_byte(1)):
        try:
            attempt()
        except TypeError as e:
            print("TypeError", e)
    ro.flush()

with mmap.mmap(fd, 0, access=mmap.ACCESS_COPY) as cow:
    cow[:5] = b"xxxxx"
    print("copy:", cow[:5], os.pread(fd, 5, 0))
    try:
        cow.resize(10)
    except TypeError as e:
        print("TypeError", e)

with mmap.mmap(fd, 4096 * 0 + 8, offset=0, prot=mmap.PROT_READ) as p:
    print("prot read:", repr(p))

for args, kw in [((fd, 100000), {}), ((fd, 0), {"offset": 4096 * 4}), ((fd, -1), {}),
                 ((fd, 10), {"access": 9}), ((fd, 10), {"flags": mmap.MAP_PRIVATE, "access": mmap.ACCESS_READ})]:
    try:
        mmap.mmap(*args, **kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
os.close(fd)
empty_fd, empty = tempfile.mkstemp()
try:
    mmap.mmap(empty_fd, 0)
except ValueError as e:
    print("ValueError", e)
os.close(empty_fd)
os.unlink(empty)
os.unlink(path)
