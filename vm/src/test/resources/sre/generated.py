# Differential test of the engine over generated patterns and subjects (with flags), with a
# self-contained generator so that the cases do not depend on the random module.
import re

class Rnd:
    def __init__(self, seed):
        self.x = seed
    def random(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 11) / float(1 << 53)
    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))
    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

N = 2500
rnd = Rnd(2026)
ATOMS = ['a', 'b', 'é', '.', '[aé]', '[^a]', r'\w', r'\W', r'\b', '^', '$', r'\Z', r'\A', 'k', 'S', 'ſ', '[a-z]', '[^k-s]', '(?<=a)', '(?<!é)', '(?<=ab|ba)', '[\u0100-\u0200]']
def gen(depth, groups):
    r = rnd.random()
    if depth > 3 or r < 0.3:
        return rnd.choice(ATOMS)
    if r < 0.45:
        return gen(depth + 1, groups) + gen(depth + 1, groups)
    if r < 0.55:
        return gen(depth + 1, groups) + '|' + gen(depth + 1, groups)
    if r < 0.7:
        groups[0] += 1
        return '(' + gen(depth + 1, groups) + ')'
    if r < 0.75:
        return '(?:' + gen(depth + 1, groups) + ')'
    if r < 0.9:
        q = rnd.choice(['*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{0,2}?'])
        return '(?:' + gen(depth + 1, groups) + ')' + q
    if r < 0.93:
        return '(?=' + gen(depth + 1, groups) + ')'
    if r < 0.95:
        return '(?!' + gen(depth + 1, groups) + ')'
    if r < 0.955:
        return '(?>' + gen(depth + 1, groups) + ')'
    if groups[0] > 0:
        g = rnd.randint(1, groups[0])
        return rnd.choice([r'\%d' % g, '(?(%d)a|b)' % g])
    return '(?<=a)' if rnd.random() < 0.5 else '(?<!b)'
def show(m):
    return None if m is None else (m.span(), m.groups(), m.lastindex)
for i in range(N):
    groups = [0]
    pat = gen(0, groups)
    s = ''.join(rnd.choice('abkKSsſ\u212aé\nÉ 1\u0130i') for _ in range(rnd.randint(0, 8)))
    try:
        fl = rnd.choice([0, re.I, re.M, re.S, re.I|re.M, re.A, re.A|re.I]); p = re.compile(pat, fl)
    except re.error as e:
        print(i, ascii(pat), 'error', e)
        continue
    print(i, ascii(pat), ascii(s), show(p.match(s)), show(p.search(s)), show(p.fullmatch(s)),
          ascii(p.findall(s)), ascii(p.sub('-', s)), ascii(p.split(s)))
