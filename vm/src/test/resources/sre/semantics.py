# Differential test of the regular expression engine: match/search/fullmatch over a table of
# patterns, showing spans, groups, lastindex and lastgroup.
import re

CASES = [
    (r'abc', 'xabcx'), (r'a.c', 'a\nc abc'), (r'(?s)a.c', 'a\nc'), (r'a*', 'aaab'), (r'a*?', 'aaab'),
    (r'a+?b', 'aaab'), (r'a{2,3}', 'aaaa'), (r'a{2,3}?', 'aaaa'), (r'a{,2}', 'aaa'), (r'a{3}', 'aa'),
    (r'(a|b)*', 'abba'), (r'(a|b)*?c', 'abbac'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a+)(b+)?', 'aac'),
    (r'((a)|b)+', 'ab'), (r'(?:(a)|b)*', 'ab'), (r'(?:(a)|(b))*', 'ab'), (r'(a)|(b)', 'b'),
    (r'((a)b)', 'ab'), (r'(a)(b)?', 'a'), (r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'),
    (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|)*b', 'aab'), (r'(?:a|())*b', 'ab'), (r'(a*?)*', 'aa'),
    (r'(\w+)\s+\1', 'hello hello world'), (r'(?i)(\w+) \1', 'Abc aBC'), (r'(a)?(?(1)b|c)', 'ab'),
    (r'(a)?(?(1)b|c)', 'c'), (r'(?P<q>")?\w+(?(q)")', '"abc"'), (r'(?P<q>")?\w+(?(q)")', 'abc"'),
    (r'(?=(a+))a*b\1', 'baaabac'), (r'(?!a)\w', 'ab'), (r'\w+(?=,)', 'abc,def'), (r'(?<=a)b', 'ab cb'),
    (r'(?<!a)b', 'ab cb'), (r'(?<=(a))b', 'xab'), (r'(?<=\d{3})x', '12x123x'), (r'(?<=ab|cd)x', 'cdx'),
    (r'^abc$', 'abc\n'), (r'^abc\Z', 'abc\n'), (r'(?m)^b$', 'a\nb\nc'), (r'(?m)$', 'a\nb'), (r'\Aa', 'ba'),
    (r'\bfoo\b', 'a foo.'), (r'\Bo\B', 'foo'), (r'\b', ''), (r'\B', ''), (r'\d+', 'ab 123 45'),
    (r'\D+', '12ab3'), (r'\s+', 'a \t\n b'), (r'\S+', '  ab  '), (r'\W+', 'ab, cd'),
    (r'[a-c]+', 'xxabcabd'), (r'[^a-c]+', 'abcxyz'), (r'[\d\s]+', 'a1 2 3b'), (r'[^\W\d]+', '12ab_c3'),
    (r'[.^$]+', 'a.^$b'), (r'[]a]+', 'a]a'), (r'[a\-z]+', 'a-z'), (r'[\x00-\x1f]', 'ab\x05'),
    (r'(?>a+)b', 'aaab'), (r'(?>a+)ab', 'aaab'), (r'a++b', 'aaab'), (r'a++ab', 'aaab'), (r'(?:ab)++a', 'ababa'),
    (r'(?:a|ab)++b', 'abb'), (r'(?:a|ab){2}+b', 'aabb'), (r'a*+', 'aaa'), (r'a?+a', 'a'), (r'a{1,2}+a', 'aaa'),
    (r'(?>(a)|b)*c', 'abac'), (r'(?:x(y)?)+', 'xyx'), (r'(?:(\d)|x)+', '1x2x'), (r'(a)+', 'aaa'),
    (r'(?i)abc', 'xAbC'), (r'(?i)[a-z]+', 'HeLLo'), (r'(?i)[^a-z]+', 'HeLLo123'), (r'(?i)ǅ', 'ǆ'),
    (r'(?i)σ', 'Σς'), (r'(?i)[σ]+', 'Σςσ'), (r'(?i)straße', 'STRASSE'), (r'(?i)ß', 'ẞ'), (r'(?i)k', '\u212a'),
    (r'(?i)\u212a', 'k'), (r'(?ia)k', '\u212a'), (r'(?ia)[k]', '\u212a'), (r'(?i)[^k]', '\u212a'),
    (r'(?i)İ', 'i'), (r'(?i)i', 'İ'), (r'(?i)ı', 'I'), (r'(?i)[Ss]+', 'ſs'), (r'(?i)\U00010400', '\U00010428'),
    (r'(?i)[\U00010400-\U0001040f]+', '\U00010428\U00010400'), (r'.', '\U0001f600'), (r'\U0001f600+', 'a\U0001f600\U0001f600'),
    (r'(.)(.)', '\U0001f600x'), (r'[\U0001f600-\U0001f64f]', 'x\U0001f601'), (r'\w+', 'héllo wörld'),
    (r'(?a)\w+', 'héllo'), (r'\d', '٣'), (r'(?a)\d', '٣'), (r'\s', '\u2003'), (r'(?a)\s', '\u2003'),
    (r'x*', ''), (r'', 'abc'), (r'a|b|c', 'xc'), (r'ab|ac|ad', 'ad'), (r'(?:ab|a)c', 'ac'),
    (r'(?x) a b  # comment\n c', 'abc'), (r'a{0}', 'a'), (r'(ab){2,}', 'abababx'), (r'(ab){2,}?', 'abababx'),
    (r'(?:a{2})*', 'aaaaa'), (r'(a{2})*', 'aaaaa'), (r'((ab)*c)*', 'ababcabc'), (r'(?:(a)b)*c', 'ababc'),
    (r'(a)|(b)|(c)', 'c'), (r'((((((((((a))))))))))\10', 'aa'), (r'(?s:a.)b(?i:C)', 'a\nbc'),
    (r'(?-i:a)b', 'ab'), (r"\x41\u0042c", "ABc"), (r'\101\0', 'A\0'),
    (r'\$\^\.', '$^.'), (r'a(?#comment)b', 'ab'), (r'(a)\g<1>', 'aa') if False else (r'(a)(?:\1)', 'aa'),
    (r'[\w-]+@[\w.]+', 'me: joe-x@mail.example.com!'), (r'(\d+)-(\d+)', 'tel 555-1234 and 666-9'),
]

def show(m):
    if m is None:
        return 'None'
    return '%r g=%r li=%r lg=%r sp=%r' % (m.group(), m.groups(), m.lastindex, m.lastgroup,
                                        [m.span(i) for i in range(m.re.groups + 1)])

for pat, s in CASES:
    p = re.compile(pat)
    print(ascii(pat), ascii(s))
    print('  match   ', ascii(show(p.match(s))))
    print('  search  ', ascii(show(p.search(s))))
    print('  full    ', ascii(show(p.fullmatch(s))))
    print('  findall ', ascii(p.findall(s)))

# bytes patterns
for pat, s in [(rb'a\w+', b'xab_c'), (rb'(?i)abc', b'ABC'), (rb'(?L)(?i)a', b'A'), (rb'(?iL)[^ab]', b'a'),
               (rb'\d+', b'12\xb2'), (rb'\s', b'\x1c '), (rb'[\x80-\xff]+', b'a\x80\xffb'), (rb'\bx', b'ax x'),
               (rb'(?i)[^k]', b'K'), (rb'.+', b'a\nb')]:
    p = re.compile(pat)
    print(pat, s, show(p.search(s)), p.findall(s))
