# Cases for BytesCasesTest (bytes and bytearray), run through gen.py by CPython 3.13.
B = [b'', b'abc', b'Hello World', b'  spaced  out  ', b'a,b,,c', b'\x00\xff\'"\\', b"it's", b'line1\nline2\r\nl3\rend',
     b'Tab\tbed', b'-42', b'Title Case']
for raw in B:
    for s in (raw, bytearray(raw)):
        for name in ['upper', 'lower', 'capitalize', 'title', 'swapcase', 'isalpha', 'isalnum', 'isdigit', 'isspace',
                     'islower', 'isupper', 'istitle', 'isascii', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip',
                     'rstrip', 'expandtabs', '__len__', '__repr__', 'hex', 'decode', '__iter__']:
            if name != '__iter__':
                m(s, name)
        m(s, 'splitlines', True)
        m(s, 'split', None, 1)
        m(s, 'center', 12, b'*')
        m(s, 'zfill', 6)
        m(s, 'find', b'o')
        m(s, 'find', 111)
        m(s, 'count', b'a')
        m(s, 'hex', ':', 2)
        m(s, 'hex', b'-', -2)
        m(s, 'decode', 'latin-1')
        op('[]', s, slice(None, None, -1))
        op('[]', s, -1)
        op('*', s, 2)
        op('+', s, b'!')
        op('in', 97, s)
        op('==', s, raw)
        op('<', s, b'b')
for t in ['bytes', 'bytearray']:
    new(t)
    new(t, 3)
    new(t, [1, 2, 255])
    new(t, 'é', 'utf-8')
    new(t, 'a')
    new(t, 1.5)
    new(t, -1)
    new(t, [256])
    new(t, ['a'])
    new(t, 1, 'x')
    new(t, b'xy')
    new(t, bytearray(b'xy'))
    new(t, 'abc', 'ascii', 'strict')
    new(t, source=b'k')
b = b'abc'
for s in (b, bytearray(b)):
    op('+', s, 'a')
    op('+', s, 1)
    op('*', s, 'a')
    op('[]', s, 5)
    op('[]', s, 'a')
    op('[]', s, slice(0, 2))
    op('in', 'a', s)
    op('in', 300, s)
    op('in', b'bc', s)
    op('<', s, 'a')
    op('%', b'%s-%d', (b'x', 5))
    op('%', b'%b %c %c', (bytearray(b'y'), 65, b'z'))
    op('%', b'%r %a', ('\xe9', b'q'))
    op('%', s, 1)
    op('%', b'%s', 'a')
    op('%', b'%d', b'a')
    op('%', b'%5.1f|%x', (2.25, 255))
    m(s, 'find', 'a')
    m(s, 'find', 300)
    m(s, 'count', b'')
    m(s, 'startswith', 'a')
    m(s, 'startswith', ('a',))
    m(s, 'startswith', (b'x', b'ab'))
    m(s, 'endswith', b'c', 0, 3)
    m(s, 'replace', 'a', b'b')
    m(s, 'replace', b'', b'-')
    m(s, 'replace', b'b', b'XY', 1)
    m(s, 'split', 'a')
    m(s, 'split', b'')
    m(s, 'split', b'b')
    m(s, 'rsplit', b'b', 1)
    m(s, 'join', [b'1', bytearray(b'2'), memoryview(b'3')] if False else [b'1', bytearray(b'2')])
    m(s, 'join', [1])
    m(s, 'join', ['a'])
    m(s, 'strip', 'a')
    m(s, 'strip', b'ac')
    m(s, 'center', 5, 'a')
    m(s, 'center', 5, b'ab')
    m(s, 'ljust', 5, 1)
    m(s, 'rjust', 6, b'.')
    m(s, 'partition', 'a')
    m(s, 'partition', b'b')
    m(s, 'rpartition', b'x')
    m(s, 'translate', b'a')
    m(s, 'translate', None, b'b')
    m(s, 'translate', bytes.maketrans(b'abc', b'xyz'))
    m(s, 'index', b'z')
    m(s, 'rindex', b'z')
    m(s, 'rindex', b'b')
    m(s, 'removeprefix', b'ab')
    m(s, 'removesuffix', b'bc')
    m(s, 'removeprefix', 'a')
    m(s, 'hex', 'ab')
    m(s, 'decode', 1)
    m(s, 'decode', 'ascii', 'foo')
m(bytes, 'maketrans', b'a', b'bc')
m(bytes, 'fromhex', 'zz')
m(bytes, 'fromhex', 'a')
m(bytes, 'fromhex', '61 62\t63')
m(bytes, 'fromhex', 1)
m(bytearray, 'fromhex', '6162')
m(b'\xff\xfe', 'decode')
m(b'\xff\xfe', 'decode', 'utf-8', 'replace')
m(b'a\xe2\x82(', 'decode', 'utf-8', 'surrogateescape')
m(b'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80', 'decode')
m(b'\x80', 'decode', 'ascii')
m(b'\x80', 'decode', 'ascii', 'ignore')
# Wide and escape codecs.
for e in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'unicode_escape',
          'raw_unicode_escape', 'UTF16', 'u32', 'utf_16le']:
    m('aé€\U0001F600\t\n\\\x7f', 'encode', e)
    m('a\ud800b', 'encode', e)
    m('a\ud800b', 'encode', e, 'surrogatepass')
    m('a\ud800b', 'encode', e, 'replace')
    m('a\ud800b', 'encode', e, 'backslashreplace')
    m('aé€\U0001F600\t\n\\\x7f'.encode(e), 'decode', e)
for b, e in [(b'a', 'utf-16'), (b'\xff\xfea\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'a\x00', 'utf-16'),
             (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'),
             (b'abc', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'),
             (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'),
             (b'\\x41\\u00e9\\N{EURO SIGN}\\n\\q\\\n', 'unicode_escape'), (b'\\x4', 'unicode_escape'),
             (b'\\u00e9\\x41\\\\u0041\\\\\\u0042', 'raw_unicode_escape'), (b'\\N{FOO}', 'unicode_escape'),
             (b'\xe9', 'unicode_escape'), (b'\\', 'unicode_escape'), (b'\\101\\0\\7777', 'unicode_escape'),
             (b'\\N{euro sign}\\N', 'unicode_escape'), (b'\\U00110000', 'unicode_escape'), (b'\\u12', 'raw_unicode_escape'),
             (b'\\U00110000', 'raw_unicode_escape'), (b'\\a\\b\\f\\v\\t\\r\\"\\\'', 'unicode_escape')]:
    for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        m(b, 'decode', e, h)
m(b'\xff\xfe\x00\xd8', 'decode', 'utf-16', 'surrogatepass')
m(b'\x00\xd8\x00\x00', 'decode', 'utf-32-le', 'surrogatepass')
# Random bytes %-formats (seeded).
import random
rnd = random.Random(314)
values = [0, -1, 42, 255, 10**20, True, 0.0, -2.75, 1e22, float('nan'), b'', b'ab', bytearray(b'q'), 'a', [1], None]
for _ in range(400):
    flags = ''.join(rnd.choice(['', '-', '+', ' ', '#', '0']) for _ in range(rnd.randint(0, 2)))
    width = rnd.choice(['', '', '1', '5', '*'])
    prec = rnd.choice(['', '', '.0', '.1', '.3', '.*'])
    conv = rnd.choice('sbradiuxXoeEfFgGc%')
    f = ('x%' + flags + width + prec + conv + 'y').encode()
    args = []
    if width == '*':
        args.append(rnd.choice([3, -4, 0]))
    if prec == '.*':
        args.append(rnd.choice([0, 2, 5]))
    if conv != '%' or rnd.random() < 0.3:
        args.append(rnd.choice(values))
    op('%', f if rnd.random() < 0.7 else bytearray(f), tuple(args))
# utf-8-sig
m('aé', 'encode', 'utf-8-sig')
m('a\ud800', 'encode', 'utf-8-sig', 'replace')
m('a\ud800', 'encode', 'utf_8_sig')
for b in [b'\xef\xbb\xbfa', b'a', b'\xef\xbb\xbf\xff', b'\xff', b'\xef\xbb', b'']:
    m(b, 'decode', 'utf-8-sig')
    m(b, 'decode', 'UTF-8-SIG', 'replace')
# Constructor argument binding.
new('bytes', x=1)
new('bytearray', x=1)
new('bytes', 1, 2, 3, 4)
new('bytearray', 1, 2, 3, 4)
new('bytes', b'', source=1)
new('bytearray', b'', source=1)
new('bytes', source=b'x')
new('bytearray', source=b'x')
new('bytes', 'é', errors='strict', encoding='latin-1')
new('str', 1, 2, 3, 4)
new('str', b'', object=1)
new('str', b'\xe9', errors='replace', encoding='utf-8')
new('memoryview', x=1)
new('memoryview')
new('memoryview', b'', 1)
new('memoryview', 1)
new('memoryview', 'a')

# Random method calls on bytes and bytearray (seeded).
import random
rnd = random.Random(2025)
bnames = [n for n in dir(bytes) if not n.startswith('_') and n not in ('fromhex', 'maketrans')]
bpool = [b'', b'a', b'ab', b' ', b'xyz', 0, 1, -1, 2, 5, 97, 300, None, (b'a',), 'a', bytearray(b'b')]
for _ in range(1000):
    recv = rnd.choice([b'abcabc', b'Hello World', b'  x y  ', b'', b'a,b,,c', b'12', bytearray(b'aBc')])
    name = rnd.choice(bnames)
    args = [rnd.choice(bpool) for _ in range(rnd.randint(0, 3))]
    m_random(recv, name, *args)
