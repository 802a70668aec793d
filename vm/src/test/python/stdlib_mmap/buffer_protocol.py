# mmap through the buffer protocol: memoryview reads and writes the map in place, bytes(), re,
# struct.pack_into, readinto and write take it; a view held by a with block keeps it from closing
# or resizing; a closed map is a ValueError.
import mmap, re, os, tempfile, struct, io
m = mmap.mmap(-1, 16)
m[:5] = b'hello'
v = memoryview(m)
print(v.nbytes, v.readonly, v.format, bytes(v[:5]), v[1], v.tobytes()[:6])
v[0] = ord('J'); v[1:3] = b'EL'
print(m[:5], bytes(m)[:5], re.search(b'L+', m).group(), b'-'.join([m[:2], bytes(m[2:4])]))
struct.pack_into('>I', m, 8, 0xdeadbeef)
print(m[8:12].hex(), struct.unpack_from('>I', m, 8))
with memoryview(m) as w:
    try: m.close()
    except BufferError as e: print('BufferError', e)
    try: m.resize(32)
    except BufferError as e: print('BufferError', e)
print(v.cast('I')[2] == struct.unpack('<I', m[8:12])[0])
b = io.BytesIO(); b.write(m); print(len(b.getvalue()))
f = tempfile.TemporaryFile(); f.write(b'x' * 16); f.flush()
r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
rv = memoryview(r)
print(rv.readonly, bytes(rv[:3]))
try: rv[0] = 1
except TypeError as e: print('TypeError', e)
n = bytearray(4); f.seek(0); f.readinto(memoryview(m)[:4]); print(m[:4])
del v
m.close()
try: bytes(memoryview(m))
except ValueError as e: print('ValueError', e)
print(bytes(m) if False else 'closed')
