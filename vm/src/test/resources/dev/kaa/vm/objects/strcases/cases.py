# Cases for StrCasesTest, run through gen.py by CPython 3.13 to produce cases.txt.
S = ['', 'abc', 'Hello World', '  spaced  out  ', 'a,b,,c', 'ß straße', 'ΑΣ ΟΔΟΣ', 'x\U0001F600y\U0001F600',
     'line1\nline2\r\nline3\rend\x0b\x1c', 'Tab\tbed\tx', '-42', '+7', 'ǆungla ǅ', 'ﬁne ŉ', 'İstanbul', '١٢٣', '²³', 'Ⅻ一']
for s in S:
    for name in ['upper', 'lower', 'casefold', 'capitalize', 'title', 'swapcase', 'isalpha', 'isalnum',
                 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle',
                 'isidentifier', 'isprintable', 'isascii', 'split', 'rsplit', 'splitlines', 'strip',
                 'lstrip', 'rstrip', 'expandtabs', '__len__', '__repr__', 'encode']:
        m(s, name)
    m(s, 'splitlines', True)
    m(s, 'split', None, 1)
    m(s, 'rsplit', None, 1)
    m(s, 'center', 12, '*')
    m(s, 'ljust', 12)
    m(s, 'rjust', 12, '\U0001F600')
    m(s, 'zfill', 8)
    m(s, 'expandtabs', 4)
    m(s, 'find', 'o')
    m(s, 'rfind', 'o')
    m(s, 'count', 'a')
    m(s, 'encode', 'latin-1', 'backslashreplace')
    m(s, 'encode', 'ascii', 'xmlcharrefreplace')
    op('[]', s, slice(None, None, -1))
    op('[]', s, slice(1, None, 2))
    op('[]', s, -1)
    op('*', s, 3)
    op('+', s, '!')
for w in range(0, 8):
    m('ab', 'center', w, '-')
    m('abc', 'center', w)
m('abcabc', 'find', 'c', 3)
m('abcabc', 'find', 'c', -2, -1)
m('abcabc', 'find', '', 6)
m('abcabc', 'find', '', 7)
m('abcabc', 'rfind', 'b', 0, 4)
m('abcabc', 'index', 'z')
m('abcabc', 'rindex', 'a')
m('abcabc', 'count', '')
m('abcabc', 'count', '', 2, 4)
m('abcabc', 'count', 'bc', 2)
m('abc', 'count', '', 4)
m('x\U0001F600yx\U0001F600y', 'find', 'y', 3)
m('x\U0001F600yx\U0001F600y', 'rindex', '\U0001F600')
m('abc', 'startswith', ('x', 'a'))
m('abc', 'startswith', 'b', 1)
m('abc', 'endswith', 'bc', 0, 3)
m('abc', 'endswith', '', 3)
m('abc', 'startswith', '', 4)
m('abc', 'startswith', 1)
m('abc', 'startswith', (1,))
m('abc', 'find', 1)
m('abc', 'find', 'a', 'x')
m('aaaa', 'replace', 'a', 'bb', 2)
m('abc', 'replace', '', '-')
m('abc', 'replace', '', '-', 2)
m('abc', 'replace', 'b', '', count=-1)
m('abc', 'replace', 1, 'a')
m('a,b,,c', 'split', ',')
m('a,b,,c', 'split', ',', 1)
m('a,b,,c', 'rsplit', ',', 1)
m('a,b,,c', 'split', '')
m('a,b,,c', 'split', 1)
m('  a  b  ', 'split', maxsplit=1)
m('  a  b  ', 'rsplit', maxsplit=1)
m('a\u3000b\x85c\xa0d', 'split')
m('a-b', 'partition', '-')
m('a-b-c', 'rpartition', '-')
m('abc', 'partition', 'x')
m('abc', 'rpartition', 'x')
m('abc', 'partition', '')
m(',', 'join', ['a', 'b', 'c'])
m(',', 'join', ('a',))
m(',', 'join', ['a', 1])
m(',', 'join', 5)
m('xxaxx', 'strip', 'x')
m('xyaxy', 'lstrip', 'yx')
m('abc', 'strip', 1)
m('abc', 'center', 5, 'ab')
m('abc', 'center', 5, 1)
m('abc', 'ljust', 'a')
m('abc', 'removeprefix', 'ab')
m('abc', 'removesuffix', 'bc')
m('abc', 'removeprefix', 1)
m('abc', 'translate', {97: 'xy', 98: None, 99: 100})
m('abc', 'translate', {97: 0x110000})
m('abc', 'translate', {97: 1.5})
m(str, 'maketrans', 'ab', 'xy', 'c')
m(str, 'maketrans', {'a': 'b', 98: None})
m(str, 'maketrans', 'ab', 'c')
m(str, 'maketrans', {'ab': 1})
m(str, 'maketrans', 1)
m('a\udc80', 'encode', 'utf-8', 'surrogateescape')
m('a\ud800', 'encode')
m('a\ud800', 'encode', 'utf-8', 'surrogatepass')
m('aé€\U0001F600', 'encode', 'ascii', 'namereplace')
m('aéé', 'encode', 'ascii')
m('abc', 'encode', 'foo')
m('é', 'encode', 'ascii', 'foo')
m('abc', 'encode', 1)
m('{} {}', 'format', 1, 'a')
m('{1}{0}', 'format', 'a', 'b')
m('{x}-{y!r}', 'format', x=1, y='s')
m('{0[1]}', 'format', [5, 6])
m('{0[a]}', 'format', {'a': 7})
m('{:>{}}', 'format', 'a', 4)
m('{0:{1}}', 'format', 'ab', '^6')
m('{!a}', 'format', 'é')
m('{{}}{}', 'format', 1)
m('}', 'format')
m('{', 'format')
m('{0', 'format')
m('{0:', 'format', 1)
m('{}{0}', 'format', 1)
m('{0}{}', 'format', 1)
m('{1}', 'format', 1)
m('{a}', 'format', 1)
m('{0!x}', 'format', 1)
m('{0!}', 'format', 1)
m('{0!rr}', 'format', 1)
m('{0.}', 'format', 1)
m('{0[0]x}', 'format', [1])
m('{0:{1:{2}}}', 'format', 1, 2, 3)
m('{0:x}', 'format', 'a')
m('{a}', 'format_map', {'a': 1})
m('{}', 'format_map', {})
for spec in ['', '5', '<5', '>5', '^6', '*^7', '.2', '10.3', '=5', '+', '#', 'z', ',', '_', 'x', 'ss', '05', '0<5',
             '\U0001F600^5', '.', '.x', ',,', ',_', '٥']:
    fmt('abc', spec)
for f, a in [('%s', 'a'), ('%s', ('a',)), ('%r', 'a'), ('%a', 'é'), ('%5s|', 'a'), ('%-5s|', 'a'), ('%.1s', 'abc'),
             ('%c', 65), ('%c', 'é'), ('%5c', 65), ('%d', 42), ('%05d', -42), ('%+d', 5), ('% d', 5), ('%.3d', 5),
             ('%x', 255), ('%#x', 255), ('%#o', 8), ('%#X', 255), ('%#5.3x', 5), ('%d', 1.9), ('%d', True),
             ('%i', -0.5), ('%x', -255), ('%#x', -255), ('%o', -8), ('%d', 2**100), ('%f', 1.5), ('%.2f', 2.675),
             ('%e', 0.0), ('%g', 0.0), ('%g', -0.0), ('%#g', 1.0), ('%g', 1e-5), ('%g', 123456789.0),
             ('%.0e', 12345.0), ('%#.0e', 12345.0), ('%#.0f', 2.5), ('%.3g', 0.0001234), ('%10.3e', -1.5),
             ('%010.3e', -1.5), ('%g', 1e16), ('%.20f', 0.1), ('%05f', float('inf')), ('%F', float('nan')),
             ('%+f', float('inf')), ('%E', 1e300), ('%G', 1e-300), ('%.1f', 0.25), ('%(a)s', {'a': 1}),
             ('%(a)s %(b)d', {'a': 1, 'b': 2}), ('%*d', (5, 1)), ('%-*d|', (5, 1)), ('%.*f', (2, 1.0)),
             ('%*d', (-5, 1)), ('%s', [1, 2]), ('', [1]), ('', 1), ('', ()), ('%s %s', (1,)), ('%q', 1), ('%', 1),
             ('%(a', {}), ('%(a)s', 1), ('%*d', ('a', 1)), ('%d', 'a'), ('%x', 1.5), ('%c', 'ab'),
             ('%c', 1.5), ('%c', 0x110000), ('%f', 'a'), ('%ld', 5), ('%s', ((1, 2),)), ('%%', ()),
             ('%s %(a)s', {'a': 1}), ('a%%b%s', 3), ('%d%%', 50), ('%.0f', 0.5), ('%.0f', 1.5), ('%g', 100000.0),
             ('%g', 1000000.0), ('%.2g', 0.000001), ('%r', '\U0001F600'), ('%a', '\U0001F600')]:
    op('%', f, a)
op('+', 'a', 1)
op('*', 'a', 'b')
op('*', 'a', 1.5)
op('*', 'ab', -1)
op('*', 3, 'ab')
op('[]', 'abc', 1.5)
op('[]', 'abc', 5)
op('[]', 'abc', 'a')
op('[]', 'x\U0001F600y', 1)
op('[]', 'x\U0001F600yz', slice(None, None, 2))
op('in', 1, 'abc')
op('in', 'bc', 'abc')
op('<', 'abc', 'abd')
op('<', 'abc', 1)
op('<', '\uffff', '\U0001F600')
op('==', 'a', 'a')
new('str')
new('str', 5)
new('str', b'abc')
new('str', b'caf\xc3\xa9', 'utf-8')
new('str', b'\xff', 'utf-8')
new('str', b'\xff', 'utf-8', 'replace')
new('str', b'a\xffb', 'ascii', 'surrogateescape')
new('str', b'\xe2\x82(', 'utf-8', 'backslashreplace')
new('str', b'\xe2\x82', 'utf-8')
new('str', b'\xf0\x90\x80', 'utf-8')
new('str', b'\xed\xa0\x80', 'utf-8')
new('str', b'\xed\xa0\x80', 'utf-8', 'surrogatepass')
new('str', b'\xe9', 'latin-1')
new('str', bytearray(b'xy'), 'ascii')
new('str', 1, 'utf-8')
new('str', 'a', 'utf-8')
new('str', b'a', 1)
new('str', b'a', 'foo')
new('str', object='x')
new('str', x=1)
# Random %-formats and str format specs (seeded), to compare every corner with CPython.
import random
rnd = random.Random(313)
values = [0, 1, -1, 42, -7, 255, 10**20, -10**20, True, 0.0, -0.0, 1.5, -2.75, 1e-7, 123456.789, 1e22, float('inf'),
          float('-inf'), float('nan'), 'a', 'xyz', 'é😀', '', [1], (1,), None]
for _ in range(700):
    flags = ''.join(rnd.choice(['', '-', '+', ' ', '#', '0']) for _ in range(rnd.randint(0, 2)))
    width = rnd.choice(['', '', '1', '5', '12', '*'])
    prec = rnd.choice(['', '', '.0', '.1', '.3', '.10', '.*'])
    conv = rnd.choice('sradiuxXoeEfFgGc%')
    f = 'x%' + flags + width + prec + conv + 'y'
    args = []
    if width == '*':
        args.append(rnd.choice([3, -4, 0]))
    if prec == '.*':
        args.append(rnd.choice([0, 2, 5]))
    if conv != '%':
        args.append(rnd.choice(values))
    op('%', f, tuple(args))
for _ in range(400):
    fill = rnd.choice(['', '', '*', '0', '😀'])
    align = rnd.choice(['', '<', '>', '^', '='])
    spec = (fill + align if align else '') + rnd.choice(['', '', '+', '#', '0']) + rnd.choice(['', '4', '9', '012']) \
        + rnd.choice(['', '', ',', '_']) + rnd.choice(['', '', '.0', '.2', '.5']) + rnd.choice(['', '', 's', 'x', 'r'])
    fmt(rnd.choice(['', 'ab', 'héllo', 'x😀y']), spec)
    m('[{0:' + spec + '}]', 'format', rnd.choice(['ab', 'q']))

# Random method calls on str (seeded; arity errors skipped, see gen.py).
import random
rnd = random.Random(2024)
pool_s = ['', 'a', 'ab', 'b', ' ', 'xyz', 'é', '😀', 'A b', '\t', ',']
pool = pool_s + [0, 1, -1, 2, 5, -10, 100, None, ('a', 'b'), ('z',), 1.5, b'a', [1]]
names = [n for n in dir(str) if not n.startswith('_') and n not in ('format', 'format_map', 'maketrans')]
for _ in range(1500):
    recv = rnd.choice(['abcabc', 'Hello World', '  x y  ', 'a😀bé', '', 'a,b,,c', 'ß', '12', 'aBc'])
    name = rnd.choice(names)
    args = [rnd.choice(pool_s if rnd.random() < 0.5 else pool) for _ in range(rnd.randint(0, 3))]
    m_random(recv, name, *args)

# Random str.format field syntax (seeded): errors in CPython's scanning order.
import random
rnd = random.Random(77)
alphabet = '{}{}[]!:.0a1rs>x'
for _ in range(1500):
    f = ''.join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 9)))
    m(f, 'format', 'ab', [5, 6], a='kw', b={'a': 1})
