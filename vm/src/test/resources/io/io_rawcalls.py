import io
class R(io.RawIOBase):
    def __init__(s, d): s.d = d; s.p = 0; s.log = []
    def readable(s): return True
    def seekable(s): return True
    def readinto(s, b):
        s.log.append(('readinto', len(b)))
        n = min(len(b), len(s.d) - s.p); b[:n] = s.d[s.p:s.p + n]; s.p += n; return n
    def seek(s, pos, whence=0):
        s.log.append(('seek', pos, whence))
        s.p = pos if whence == 0 else s.p + pos if whence == 1 else len(s.d) + pos; return s.p
    def tell(s): s.log.append('tell'); return s.p
r = R(bytes(range(100)))
b = io.BufferedReader(r, 16)
print(b.read(4), b.seek(2), b.read(3), b.seek(1, 1), b.read(2), b.seek(40), b.read(2), b.tell(), b.seek(-1, 2), b.read())
print(r.log)
class R(io.RawIOBase):
    def __init__(s, d=b''): s.d = bytearray(d); s.p = 0; s.log = []
    def readable(s): return True
    def writable(s): return True
    def seekable(s): return True
    def readinto(s, b):
        s.log.append(('readinto', len(b)))
        n = min(len(b), len(s.d) - s.p); b[:n] = s.d[s.p:s.p + n]; s.p += n; return n
    def write(s, b):
        s.log.append(('write', bytes(b)))
        s.d[s.p:s.p + len(b)] = b; s.p += len(b); return len(b)
    def seek(s, pos, whence=0):
        s.log.append(('seek', pos, whence))
        s.p = pos if whence == 0 else s.p + pos if whence == 1 else len(s.d) + pos; return s.p
    def tell(s): s.log.append('tell'); return s.p
    def truncate(s, n=None): s.log.append(('truncate', n)); del s.d[n:]; return n
    def flush(s): s.log.append('flush')
    def close(s): s.log.append('close'); super().close()
r = R()
w = io.BufferedWriter(r, 8)
w.write(b'abc'); w.write(b'defgh'); w.write(b'ijklmnopqrst'); w.write(b'u'); print(w.tell()); w.flush(); w.seek(2); w.write(b'XY'); w.close()
print(r.log, bytes(r.d))
class B(io.BufferedIOBase):
    def __init__(s, d): s.d = d; s.p = 0; s.log = []
    def readable(s): return True
    def writable(s): return True
    def seekable(s): return True
    def read(s, n=-1): s.log.append(('read', n)); n = len(s.d) if n < 0 else n; r = s.d[s.p:s.p+n]; s.p += len(r); return r
    def read1(s, n=-1): s.log.append(('read1', n)); return s.read(n)
    def write(s, b): s.log.append(('write', bytes(b))); return len(b)
    def tell(s): s.log.append('tell'); return s.p
    def seek(s, p, w=0): s.log.append(('seek', p, w)); s.p = p; return p
    def flush(s): s.log.append('flush')
bb = B('héllo\nwörld\n'.encode())
t = io.TextIOWrapper(bb, encoding='utf-8')
print(t.readline(), t.tell(), t.read(2), t.tell(), t.write('Z'), t.tell())
t.flush(); print(bb.log)
bb = B(b'xyz'); t = io.TextIOWrapper(bb, encoding='utf-8', line_buffering=True); t.write('a\nb'); t.write('c'); print(bb.log)
bb = B(b'xyz'); t = io.TextIOWrapper(bb, encoding='utf-8', write_through=True); t.write('a\nb'); t.write('c'); print(bb.log)
bb = B(b'xyz'); t = io.TextIOWrapper(bb, encoding='utf-8'); t.write('a\nb'); t.write('c'); print(bb.log); t.flush(); print(bb.log)
