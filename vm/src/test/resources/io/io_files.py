import io, os, sys
def t(f):
    try: r = f(); print('ok', repr(r))
    except Exception as e: print(type(e).__name__, e)
os.makedirs('d', exist_ok=True)
os.chdir('d')
# text write/read, newline translation
with open('n.txt', 'w', newline='\r\n') as f:
    print(f.write('a\nb\n'), f.tell())
print(open('n.txt', 'rb').read())
with open('n.txt') as f:
    print(repr(f.read()), f.newlines)
with open('n.txt', newline='') as f:
    print(f.readlines())
with open('n.txt', newline='\r') as f:
    print(f.readlines())
with open('m.txt', 'w') as f:
    f.write('line1\nline2\r\nline3\rline4')
with open('m.txt', 'rb') as f: print(f.read())
with open('m.txt') as f:
    print(list(f))
with open('m.txt', newline='') as f:
    print([l for l in f])
# tell/seek cookies
with open('u.txt', 'w', encoding='utf-8') as f:
    f.write('héllo\nwörld\n€uro\n')
with open('u.txt', encoding='utf-8') as f:
    cookies = []
    while True:
        c = f.tell(); l = f.readline()
        if not l: break
        cookies.append((c, l))
    print(cookies)
    for c, l in reversed(cookies):
        f.seek(c); print(repr(f.readline()) == repr(l), end=' ')
    print()
    f.seek(0); print(f.read(3), f.tell()); x = f.tell(); print(f.read(4)); f.seek(x); print(f.read(4))
    print(f.seek(0, 2), repr(f.read()))
# modes
with open('w.bin', 'wb') as f: print(f.write(b'0123456789'), f.tell(), f.mode, f.name, repr(f))
with open('w.bin', 'r+b') as f:
    print(f.read(3), f.tell()); f.write(b'XY'); print(f.tell()); f.seek(0); print(f.read())
    print(f.seek(-2, 2), f.read(), f.truncate(5), f.tell()); f.seek(0); print(f.read())
with open('w.bin', 'ab') as f: print(f.tell(), f.write(b'!!'), f.tell(), f.mode)
print(open('w.bin','rb').read())
with open('w.bin', 'a+') as f: print(f.tell(), f.read(), f.seek(0), f.read(), f.mode)
t(lambda: open('w.bin', 'x'))
with open('new.txt', 'x') as f: print(f.mode, f.write('new'))
with open('new.txt', 'r+') as f: print(f.read(1), f.write('Z'), f.tell()); f.seek(0); print(f.read())
# unbuffered
f = open('w.bin', 'rb', buffering=0); print(repr(f), f.read(2), f.readall(), f.read(), f.seekable(), f.readable(), f.writable(), f.closefd); f.close(); print(f.closed, repr(f))
# readinto etc
with open('w.bin', 'rb') as f:
    b = bytearray(4); print(f.readinto(b), b, f.peek(1)[:1], f.read1(2), f.readinto1(b), b)
    m = memoryview(bytearray(3)); print(f.seek(0), f.readinto(m), bytes(m))
# os interop
fd = os.open('w.bin', os.O_RDONLY)
with open(fd, 'rb') as f: print(f.read(3), f.name == fd, f.fileno() == fd, f.raw.closefd)
t(lambda: os.read(fd, 1))
fd = os.open('w.bin', os.O_RDONLY)
f = open(fd, 'rb', closefd=False); print(f.read(2)); f.close(); print(os.read(fd, 2)); os.close(fd)
f = open('o.txt', 'w'); os.write(f.fileno(), b'raw:'); f.write('text'); f.close(); print(open('o.txt').read())
f = open('o.txt', 'rb'); print(os.read(f.fileno(), 4), f.read()); f.close()
r, w = os.pipe()
wf = open(w, 'wb', buffering=0); wf.write(b'pipe data\nmore'); wf.close()
rf = open(r, 'rb'); print(rf.readline(), rf.read(), rf.seekable()); rf.close()
print(open(0, closefd=False).fileno(), 1)  # (an embedded interpreter's sys.stdout may have no descriptor)
# opener
def opener(p, fl): print('opener', p, fl & 3); return os.open(p, fl)
with open('op.txt', 'w', opener=opener) as f: f.write('x')
# encodings
with open('l.txt', 'w', encoding='latin-1') as f: f.write('ÿé')
print(open('l.txt', 'rb').read(), open('l.txt', encoding='latin-1').read())
t(lambda: open('l.txt', encoding='utf-8').read())
print(repr(open('l.txt', encoding='utf-8', errors='replace').read()))
print(repr(open('l.txt', encoding='utf-8', errors='surrogateescape').read()))
t(lambda: open('a2.txt', 'w', encoding='ascii').write('é'))
with open('a3.txt', 'w', encoding='ascii', errors='xmlcharrefreplace') as f: f.write('é')
print(open('a3.txt').read())
# big file with multibyte across chunk boundary
s = ('ab€' * 5000) + '\n' + 'x' * 10
with open('big.txt', 'w') as f: f.write(s)
with open('big.txt') as f: r = f.read(); print(r == s, len(r))
with open('big.txt') as f: print(len(f.readline()), repr(f.readline()), f.tell())
with open('big.txt', 'rb') as f: print(len(f.read()), f.tell())
# line buffering / reconfigure
f = open('lb.txt', 'w', buffering=1); print(f.line_buffering); f.write('a\n'); print(open('lb.txt').read() == 'a\n'); f.close()
f = open('lb.txt', 'w'); f.write('abc'); print(os.path.getsize('lb.txt')); f.flush(); print(repr(open('lb.txt').read())); f.reconfigure(line_buffering=True); print(f.line_buffering); f.close()
f = open('lb.txt'); t(lambda: f.reconfigure(encoding='ascii')); print(f.encoding); f.read(1); t(lambda: f.reconfigure(encoding='ascii')); f.close()
# detach
f = open('lb.txt'); b = f.detach(); print(repr(b), b.read()); t(lambda: f.read()); b.close()
# iteration/tell disabled
with open('m.txt') as f:
    next(f); t(lambda: f.tell())
    for l in f: pass
    print(f.tell())
# truncate text
with open('tt.txt', 'w+') as f:
    f.write('hello world'); f.seek(5); print(f.truncate(), f.tell()); f.seek(0); print(f.read())
print(open('tt.txt').read())
# write then read in + mode
with open('rw.txt', 'w+') as f:
    f.write('abc\ndef\n'); f.seek(0); print(f.readline()); f.write('X'); f.seek(0); print(repr(f.read()))
with open('rw.txt', 'r+') as f:
    print(f.read(2)); f.write('Q'); f.seek(0); print(repr(f.read()))
print(os.path.exists('rw.txt'))
for fn in os.listdir('.'): os.remove(fn)
os.chdir('..'); os.rmdir('d')
