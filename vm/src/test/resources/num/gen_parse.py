"""Writes cases-parse.txt: seeded random strings through int(s, base), float(s) and complex(s);
then run gen_cases.py on it to fill in CPython's results."""
import random
random.seed(1313)
def esc(s):
    return ''.join('\\s' if c == ' ' else '\\t' if c == '\t' else '\\\\' if c == '\\' else c for c in s)
L = []
for i in range(1500):
    s = ''.join(random.choice('0123456789_ +-xXoObBaAfFzZ\t') for _ in range(random.randint(0, 8)))
    L.append(f'call t:int s:{esc(s)} i:{random.choice([0, 2, 8, 10, 16, 36])}')
for i in range(1500):
    s = ''.join(random.choice('0123456789_.eE+-infatyINF \t') for _ in range(random.randint(0, 9)))
    L.append(f'call t:float s:{esc(s)}')
for i in range(1500):
    s = ''.join(random.choice('0123456789_.eE+-jJin()\t ') for _ in range(random.randint(0, 9)))
    L.append(f'call t:complex s:{esc(s)}')
open('cases-parse.txt', 'w').write('\n'.join(L) + '\n')
