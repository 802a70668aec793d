import io, os, pickle, codecs
def t(f):
    try: r = f(); print('ok', repr(r))
    except Exception as e: print(type(e).__name__, e)
open('b.txt', 'w').close()
t(lambda: open('b.txt', 'r', encoding='nope'))
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding='x'))
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding='rot13'))
tw = io.TextIOWrapper(io.BytesIO('a\nb\nc'.encode('utf-16')), encoding='utf-16')
print(tw.readlines())
with open('u16.txt', 'w', encoding='utf-16') as f:
    f.write('héllo\nwörld\n')
    print(f.tell())
    f.write('more\n')
with open('u16.txt', 'rb') as f: print(f.read())
with open('u16.txt', encoding='utf-16') as f:
    f._CHUNK_SIZE = 5
    marks = []
    while True:
        c = f.tell(); ch = f.read(1)
        if not ch: break
        marks.append((c, ch))
    print(all((f.seek(c), f.read(1))[1] == ch for c, ch in marks), marks[:8])
with open('cp.txt', 'w', encoding='cp1252') as f: f.write('€‰ é\n')
with open('cp.txt', 'rb') as f: print(f.read())
with open('cp.txt', encoding='cp1252') as f: print(repr(f.read()), f.encoding)
with open('cp.txt', 'r+', encoding='latin-1') as f:
    f.reconfigure(encoding='cp1252'); print(repr(f.read()))
t(lambda: pickle.dumps(io.StringIO('x')))
t(lambda: pickle.loads(pickle.dumps(io.BytesIO(b'x'))).getvalue())
t(lambda: pickle.loads(pickle.dumps(io.StringIO('x\ny'))).getvalue())
f = open('/dev/null')
t(lambda: pickle.dumps(f)); t(lambda: pickle.dumps(f.buffer)); t(lambda: pickle.dumps(f.buffer.raw))
f.close()
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), translate=True)
print(repr(d.decode(b'a\r')), repr(d.decode(b'\n\xe2\x82')), d.getstate(), repr(d.decode(b'\xac', final=True)), d.newlines)
for fn in ['b.txt', 'u16.txt', 'cp.txt']: os.remove(fn)
