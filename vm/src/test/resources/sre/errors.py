# Large inputs (no recursion in the matcher), _sre's own functions, and an uncaught error.
import re, _sre

m = re.match('(a|b)*', 'ab' * 100000)
print(m.span(), m.group(1), m.lastindex)
print(re.match('(?:a|bc)*d', 'abc' * 50000))
print(re.match(r'(?:(\d+)\.)*', '1.' * 50000).group(1))
print(len(re.findall(r'(?:x|y)+?z', 'xyz' * 30000)))
print(re.search(r'(?<=a{3})b', 'a' * 5000 + 'b').span())
print(re.fullmatch(r'(?:a|aa)*+b', 'a' * 40000 + 'b').span())
print(len(re.sub('(?=a)', '-', 'a' * 30000)))
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print([_sre.unicode_tolower(c) for c in (65, 0x130, 0x3a3, 0x212a, 0x1e9e, 0x10400)])
print([_sre.unicode_iscased(c) for c in (65, 48, 0xdf, 0x149, 0x345, 0x10400)])
print([_sre.ascii_tolower(c) for c in (65, 90, 91, 0xc0)], [_sre.ascii_iscased(c) for c in (65, 0xe9, 95)])
print(type(re.compile('a').scanner('a')).__name__, type(re.compile('a').scanner('a')).__module__)
t = _sre.template(re.compile('(a)'), ['<', 1, '>'])
print(type(t).__name__, re.compile('(a)').sub(r'<\1>', 'xax'))
for bad in [lambda: _sre.template(re.compile('a'), ('a',)), lambda: _sre.template(re.compile('a'), ['a', 1]),
            lambda: _sre.template(re.compile('a'), ['a', 'x', 'b']), lambda: _sre.template(re.compile('a'), ['a', -1, 'b']),
            lambda: _sre.compile('a', 0, [99], 0, {}, ()), lambda: _sre.compile('a', 0, [17, 5, 1], 0, {}, ()),
            lambda: type(t)(), lambda: type(re.compile('a').scanner('a'))()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
p = re.compile('a')
print(p.match('a'))
p.search(12)
