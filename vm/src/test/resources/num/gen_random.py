"""Writes cases-random.txt: seeded random floats and ints through repr, format, hash, hex,
round, arithmetic and parsing; then run gen_cases.py on it to fill in CPython's results."""
import random, struct
random.seed(4313)
L = []
def rnd():
    k = random.random()
    if k < 0.3: return struct.unpack('d', struct.pack('Q', random.getrandbits(64)))[0]
    if k < 0.6: return random.uniform(-1e6, 1e6)
    if k < 0.8: return round(random.uniform(-1000, 1000), random.randint(0, 4))
    return random.randint(-10**6, 10**6) / 8
specs = ['', 'r', '.3', '.0', 'e', '.0e', '.15e', '.16e', '.17e', 'f', '.1f', '.2f', '.5f', 'g', '.1g', '.15g',
         '.16g', '.17g', '#g', '%', '.3%', '+,.2f', '_.4e', 'z.3f', '>30.10g', '^+20.4', '012,.3f']
for i in range(500):
    x = rnd()
    if x != x or x in (float('inf'), float('-inf')): continue
    r = repr(x)
    L.append(f'repr f:{r}')
    s = random.choice(specs)
    if s != 'r': L.append(f'format f:{r} s:{s}')
    L.append(f'hash f:{r}')
    L.append(f'meth hex f:{r}')
    L.append(f'meth __round__ f:{r} i:{random.randint(-5, 8)}')
    L.append(f'meth as_integer_ratio f:{r}')
    y = rnd()
    if y == y and abs(y) != float('inf'):
        op = random.choice(['+', '-', '*', '/', '//', '%', '**', '<', '=='])
        L.append(f'{op} f:{r} f:{y!r}')
    n = random.getrandbits(random.randint(1, 200)) * random.choice([1, -1])
    L.append(f'call t:float s:{n}e{random.randint(-330, 300)}')
    L.append(f'/ i:{n} i:{random.getrandbits(random.randint(1, 200)) or 1}')
    L.append(f'call t:float i:{n}')
    L.append(f'< i:{n} f:{r}')
    L.append(f'format i:{n} s:{random.choice(["_", "#_x", "020,", "#o", "-^40,", "+b"])}')
open('cases-random.txt', 'w').write('\n'.join(L) + '\n')
