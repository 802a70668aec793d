import io, os, sys, pathlib
def t(f):
    try: r = f(); print('ok', repr(r))
    except Exception as e: print(type(e).__name__, e)
print(repr(open('/dev/null')), open('/dev/null', encoding='utf-8').encoding)
print(open(pathlib.Path('/dev/null')).name, open(b'/dev/null').name, repr(open(b'/dev/null', 'rb')))
s = ''.join(chr(0x41 + i % 26) + ('é' if i % 7 == 0 else '') + ('\n' if i % 13 == 0 else '') for i in range(20000))
with open('big.txt', 'w', encoding='utf-8') as f: f.write(s); print(f.tell())
with open('big.txt', encoding='utf-8') as f:
    a = f.read(5000); c1 = f.tell(); b = f.read(7777); c2 = f.tell(); print(c1, c2, len(a), len(b))
    f.seek(c1); print(f.read(7777) == b); f.seek(c2); print(f.read(10) == s[12777:12787])
    print(len(f.readlines(100))); t(lambda: f.tell())
r, w = os.pipe()
wf = open(w, 'w'); wf.write('pipe text\nline2\n'); wf.close()
rf = open(r)
t(lambda: rf.tell()); t(lambda: rf.seek(0)); print(rf.seekable(), rf.readline(), list(rf)); rf.close()
with open('w.txt', 'w') as f:
    print(f.write('abc'), f.tell(), f.seekable(), f.readable(), f.writable(), f.isatty(), f.fileno() > 2)
    t(lambda: f.read())
    print(f.buffer, f.buffer.raw, f.line_buffering, f.newlines)
t(lambda: f.write('x')); t(lambda: next(iter(f))); t(lambda: f.closed); t(lambda: f.name); t(lambda: f.buffer)
with open('w.txt', 'a') as f: f.write('def'); print(f.tell())
print(open('w.txt').read())
with open('w.txt', 'rb') as f:
    print(f.readlines(2), f.readlines())
with open('w.txt', 'rb', buffering=0) as f:
    print(f.readline(), f.readlines())
t(lambda: open('w.txt', newline=5))
t(lambda: open('w.txt', encoding=5))
t(lambda: open('w.txt', errors=5))
t(lambda: open('w.txt', buffering='x'))
t(lambda: open('w.txt', closefd=None))
t(lambda: open('w.txt', 'r', -1, None, None, None, True, None, 5))
t(lambda: open(file='w.txt', mode='r').read())
t(lambda: open())
os.remove('w.txt'); os.remove('big.txt')
print(io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open.__name__, io.open_code.__name__, io.TextIOWrapper.__module__, io.FileIO.__name__, io.BytesIO.__qualname__)
print(sorted(n for n in dir(io.TextIOWrapper) if not n.startswith('__'))) 
print(sorted(n for n in dir(io.BufferedRandom) if not n.startswith('__'))) 
print(sorted(n for n in dir(io.FileIO) if not n.startswith('__')))
print(sorted(n for n in dir(io.BytesIO) if not n.startswith('__')))
print(sorted(n for n in dir(io.StringIO) if not n.startswith('__')))
import os
f = open('bs.bin', 'wb'); print(f.raw._blksize)
f.write(b'x' * 3000); print(os.path.getsize('bs.bin')); f.write(b'y' * 3000); print(os.path.getsize('bs.bin')); f.close()
os.remove('bs.bin')
r, w = os.pipe(); print(open(r, 'rb').raw._blksize)


for i in range(30):
    data = open('dr%d.txt' % (i % 10), 'w').write('x')
for i in range(300):
    data = open('dr%d.txt' % (i % 10)).read()
print('dropped ok', data)
for i in range(30):
    open('drw%d.txt' % (i % 10), 'w').write('data %d' % i)
print([open('drw%d.txt' % k).read() for k in range(3)])
for k in range(10): os.remove('dr%d.txt' % k); os.remove('drw%d.txt' % k)

fds = set()
for i in range(600):
    f = open('leak.txt', 'w'); fds.add(f.fileno()); f = None
print(len(fds) < 600)
os.remove('leak.txt')
