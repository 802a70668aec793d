import io, os, random
rnd = random.Random(1234)
def run(mk, label, n_ops=300):
    f = mk()
    out = []
    for i in range(n_ops):
        op = rnd.choice(['read', 'read1', 'peek', 'readline', 'write', 'seek', 'tell', 'truncate', 'flush', 'readinto'])
        try:
            if op == 'read': r = f.read(rnd.choice([-1, 0, 1, 3, 7, 20]))
            elif op == 'read1': r = f.read1(rnd.choice([-1, 1, 5, 50]))
            elif op == 'peek': r = len(f.peek(rnd.choice([0, 1, 10]))) > 0
            elif op == 'readline': r = f.readline(rnd.choice([-1, 2, 10]))
            elif op == 'write': r = f.write(bytes([rnd.randrange(97, 123)]) * rnd.choice([1, 3, 9, 17]) + rnd.choice([b'', b'\n']))
            elif op == 'seek':
                wh = rnd.choice([0, 1, 2]); r = f.seek(rnd.choice([0, 1, 5, 13]) if wh == 0 else rnd.choice([-3, 0, 2]), wh)
            elif op == 'tell': r = f.tell()
            elif op == 'truncate': r = f.truncate(rnd.choice([None, 10, 40]))
            elif op == 'flush': r = f.flush()
            elif op == 'readinto':
                b = bytearray(rnd.choice([1, 4, 16])); n = f.readinto(b); r = (n, bytes(b[:n]))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        out.append((op, r))
    f.flush(); f.seek(0); final = f.read()
    print(label, final)
    for x in out: print(' ', x)
    f.close()
with open('fz.bin', 'wb') as g: g.write(b'0123456789\nabcdefghij\nklmnop\n')
run(lambda: open('fz.bin', 'r+b', buffering=8), 'random-file-8')
run(lambda: io.BufferedRandom(io.BytesIO(b'0123456789\nabcdef\n'), 5), 'random-bytesio-5')
run(lambda: io.BytesIO(b'0123456789\nabcdef\n'), 'bytesio')
os.remove('fz.bin')
def trun(mk, label, n_ops=300):
    f = mk(); out = []
    cookies = []
    for i in range(n_ops):
        op = rnd.choice(['read', 'readline', 'write', 'seek0', 'seekend', 'tell', 'seekcookie', 'flush', 'read', 'readline'])
        try:
            if op == 'read': r = f.read(rnd.choice([-1, 0, 1, 3, 7]))
            elif op == 'readline': r = f.readline(rnd.choice([-1, 2, 10]))
            elif op == 'write': r = f.write(rnd.choice(['x', 'é€', '\n', 'ab\r\n', 'line\n', '𝄞']))
            elif op == 'seek0': r = f.seek(0)
            elif op == 'seekend': r = f.seek(0, 2)
            elif op == 'tell': r = f.tell(); cookies.append(r)
            elif op == 'seekcookie': r = f.seek(rnd.choice(cookies)) if cookies else None
            elif op == 'flush': r = f.flush()
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        out.append((op, r))
    f.seek(0)
    try: print(label, repr(f.read()))
    except Exception as e: print(label, type(e).__name__, e)
    for x in out: print(' ', x)
    f.close()
with open('ft.txt', 'w', encoding='utf-8', newline='') as g: g.write('héllo\r\nwörld\rline3\n€nd')
for nl in [None, '', '\n', '\r\n']:
    trun(lambda: open('ft.txt', 'r+', encoding='utf-8', newline=nl), 'text-%r' % nl)
os.remove('ft.txt')
