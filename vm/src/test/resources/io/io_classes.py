import io, abc
def t(f):
    try: r = f(); print('ok', repr(r))
    except Exception as e: print(type(e).__name__, e)
print(io.IOBase.__mro__, type(io.IOBase))
print(io.UnsupportedOperation.__mro__, io.UnsupportedOperation.__module__)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase), issubclass(io.FileIO, io.RawIOBase), isinstance(io.BytesIO(), io.IOBase))
print(io.BufferedReader.__mro__, io.TextIOWrapper.__mro__)
class R(io.RawIOBase):
    def __init__(s, d): s.d = d
    def readable(s): return True
    def readinto(s, b):
        n = min(len(b), 3, len(s.d)); b[:n] = s.d[:n]; s.d = s.d[n:]; return n
br = io.BufferedReader(R(b'hello\nworld\nlast'))
print(br.readline(), br.peek(2)[:2], br.read(3), br.read(), repr(br), br.read())
print(R(b'abcdefg').read(), R(b'xyz').readall(), list(R(b'a\nb\nc')), R(b'q').read(5))
tw = io.TextIOWrapper(io.BufferedReader(R('héllo\nwörld\n'.encode())), encoding='utf-8')
print(tw.readlines())
class W(io.RawIOBase):
    def __init__(s): s.out = []
    def writable(s): return True
    def write(s, b): s.out.append(bytes(b)); return len(b)
w = W(); bw = io.BufferedWriter(w, 4); bw.write(b'ab'); print(w.out); bw.write(b'cdef'); print(w.out); bw.flush(); print(w.out, bw.raw is w)
class T(io.TextIOBase):
    def __init__(s): s.buf = []
    def write(s, x): s.buf.append(x); return len(x)
    def writable(s): return True
tt = T(); print(tt.write('a'), tt.writelines(['b', 'c']), tt.buf, tt.closed, tt.encoding, tt.newlines, tt.readable())
with tt as z: print(z is tt)
print(tt.closed); t(lambda: tt.write('x')); t(lambda: tt.writelines(['x']))
class MyIO(io.IOBase):
    def __init__(s): s.lines = [b'a\n', b'b\n']
    def readline(s, size=-1): return s.lines.pop(0) if s.lines else b''
print(list(MyIO()), MyIO().readlines())
class P(io.BytesIO):
    def extra(s): return 'extra'
p = P(b'data'); print(p.read(), p.extra(), p.__dict__, isinstance(p, io.BytesIO))
p.attr = 5; print(p.attr)
class S(io.StringIO): pass
s = S('a\nb'); print(list(s), s.getvalue())
class F(io.FileIO): pass
print(F.__mro__)
# BytesIO
b = io.BytesIO(b'hello world')
print(b.read(5), b.tell(), b.read1(3), b.readline(), b.seek(0), b.readlines(), b.getvalue())
v = b.getbuffer(); v[0:2] = b"HE"; print(b.getvalue(), len(v)); v.release()
print(b.seek(20), b.write(b'!'), b.getvalue(), b.truncate(3), b.getvalue(), b.tell())
b = io.BytesIO(); b.write(b'abc'); b.writelines([b'd', bytearray(b'e'), memoryview(b'f')]); print(b.getvalue(), b.__getstate__())
ba = bytearray(2); b.seek(0); print(b.readinto(ba), ba, b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
with io.BytesIO(b'x') as q: print(q.read())
print(q.closed)
# StringIO
s = io.StringIO('héllo\nwörld')
print(s.read(2), s.tell(), s.readline(), s.readline(), s.readline(), s.seek(0), s.readlines())
s = io.StringIO(); print(s.write('a€𝄞b'), s.tell(), s.getvalue(), len(s.getvalue())); s.seek(2); print(s.read())
s.seek(1); s.write('XY'); print(s.getvalue())
print(repr(io.StringIO('x\r\ny', newline=None).getvalue()))
# newline decoder
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines, d.getstate())

d = io.IncrementalNewlineDecoder(None, False); print(repr(d.decode('x\r\ny\rz\n')), d.newlines); d.reset(); print(d.newlines)
# BufferedRWPair
pr = io.BufferedRWPair(io.BytesIO(b'read me'), io.BytesIO())
print(pr.read(4), pr.peek(1)[:1], pr.read1(10), pr.write(b'w'), pr.readable(), pr.writable(), pr.closed)
# BufferedRandom over BytesIO
rb = io.BufferedRandom(io.BytesIO(b'0123456789'), 4)
print(rb.read(2), rb.tell(), rb.write(b'ab'), rb.tell(), rb.seek(0), rb.read(), rb.raw.getvalue())
# TextIOWrapper over BytesIO
bio = io.BytesIO()
tw = io.TextIOWrapper(bio, encoding='utf-8', newline='\r\n', line_buffering=False)
tw.write('x\ny\n'); tw.flush(); print(bio.getvalue(), repr(tw), tw.encoding, tw.errors, tw.line_buffering, tw.write_through)
tw.seek(0); print(repr(tw.read()))
print(tw.detach() is bio)

def _bx():
    import io
    def t(f):
        try: r = f(); print('ok', repr(r))
        except Exception as e: print(type(e).__name__, e)
    b = io.BytesIO(b'abcdef')
    v = b.getbuffer()
    t(lambda: b.write(b'x')); t(lambda: b.truncate(1)); t(lambda: b.writelines([b'x'])); t(lambda: b.close()); t(lambda: b.seek(1)); t(lambda: b.read(2)); t(lambda: b.getvalue()); t(lambda: b.__setstate__((b'x', 0, None)))
    v2 = b.getbuffer(); v.release(); t(lambda: b.write(b'x')); v2.release(); t(lambda: b.write(b'x')); t(lambda: b.getvalue())
    print(b.getbuffer().nbytes); t(lambda: b.write(b'y'))
    with b.getbuffer() as w: w[0] = 65
    t(lambda: b.getvalue())
    s = b.getbuffer()[1:3]; t(lambda: b.write(b'z')); del s; t(lambda: b.write(b'z'))
    t(lambda: b.getvalue())
_bx()
