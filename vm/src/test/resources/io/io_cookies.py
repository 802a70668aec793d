import io, os
def t(f):
    try: r = f(); print('ok', repr(r))
    except Exception as e: print(type(e).__name__, e)
data = 'ab\r\ncd€\rx\n𝄞yz\r\n\r\nend'
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('s.txt', 'w', newline='') as f: f.write(data)
    with open('s.txt', newline=nl, encoding='utf-8') as f:
        f._CHUNK_SIZE = 4
        pos = []
        while True:
            c = f.tell(); ch = f.read(1)
            if not ch: break
            pos.append((c, ch))
        ok = True
        for c, ch in pos:
            f.seek(c)
            if f.read(1) != ch: ok = False
        f.seek(0); lines = []
        while True:
            c = f.tell(); l = f.readline()
            if not l: break
            lines.append((c, l))
        for c, l in lines:
            f.seek(c)
            if f.readline() != l: ok = False
        print(repr(nl), ok, [c for c, _ in pos][:12], lines)
with open('s.txt', 'rb') as f: print(f.read())
os.remove('s.txt')
f = open('/dev/null')
f.close()
t(lambda: io.open is open)
t(lambda: io.open_code(b'x'))
with io.open_code('/dev/null') as f: print(repr(f))
print(io.text_encoding(None), io.text_encoding('x'))
w = io.StringIO(); print(w.write('x'), w.seek(0, 2), w.tell())
data = b'ab\r\ncd\re\nf\r\n\r\ng'
for nl in [None, '', '\n', '\r', '\r\n']:
    for lim in [1, 2, 3, 5]:
        t = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=nl)
        t._CHUNK_SIZE = 3
        out = []
        while True:
            l = t.readline(lim)
            if not l: break
            out.append(l)
        print(repr(nl), lim, out)
    t = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=nl); t._CHUNK_SIZE = 2
    print(t.readlines(), t.newlines)
    s = io.StringIO(data.decode(), newline=nl)
    print([s.readline(2) for _ in range(4)], s.readlines(), s.newlines)
