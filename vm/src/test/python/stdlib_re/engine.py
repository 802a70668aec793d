# re: backtracking order, lazy and possessive quantifiers, atomic groups, lookarounds,
# backreferences, named groups, Unicode classes and case folding, sub/split/finditer.
import re

print(re.match(r"(a+)(a*)b", "aaab").groups())
print(re.match(r"(a+?)(a*)b", "aaab").groups())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.fullmatch(r"a*+a", "aaa"), re.fullmatch(r"(?>a*)a", "aaa"), re.fullmatch(r"a*a", "aaa").span())
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?(?!\d)", "cost $12.50 or $7 not $1234x"))
print(re.findall(r"(?<!-)\b\d+\b", "1 -2 3 -45 67"))
print(re.sub(r"(?P<w>\w+) (?P=w)", r"<\g<w>>", "hello hello world world again"))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)(?:-(?P<day>\d\d))?", "on 2024-03, then")
print(m.groupdict(), m.group("year", "mon"), m.span("mon"), m.lastgroup, m.lastindex)
print(re.findall(r"\w+", "naïve café Straße ΣΊΣΥΦΟΣ 東京"))
print(re.findall(r"(?i)straße|ΣΊΣΥΦΟΣ", "STRASSE strasse Straße σίσυφος"))
print(re.findall(r"(?i)[a-zß]+", "ẞIG Groß"), re.match(r"(?i)\u212a", "k"))
print(re.findall(r"(?a)\w+", "naïve café"), re.findall(r"\d", "٣4５"))
print(re.split(r"(,)\s*|;", "a, b;c,d"), re.split(r"x*", "axbc"))
print([m.span() for m in re.finditer(r"a*", "baaac")])
print(re.sub(r"a|(b)", lambda m: m.group(1) or "-", "abcab"), re.subn(r"\s+", " ", " a  b\t\nc "))
print(re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567"))
print(re.escape("a.b*c?d[e]f{1}^$|\\ \t"), re.fullmatch(re.escape("1+1=2?"), "1+1=2?") is not None)
p = re.compile(r"""(?x)
    (?P<num> \d+ ) \s*      # a number
    (?P<op> [-+*/] ) \s*    # an operator
    (?P<rest> .* )""")
print(p.match("12 + 30").groupdict(), p.groups, sorted(p.groupindex.items()), p.flags & re.X != 0)
print(re.match(r"(?s:.)(?-s:.)?", "\n\n").group(), re.match(r"(?m)^b", "a\nb"), re.search(r"(?m)^b$", "a\nb\nc").span())
print(re.match(r"(a)|b", "b").groups(), re.match(r"(a)|b", "b").group(1), re.match(r"(a)?b", "b").groups("-"))
print(re.match(r"(?:(a)|(b))+", "ab").groups(), re.match(r"(a*)*", "b").span(), re.match(r"(a*)+", "b").groups())
print(re.match(r"(x)?(?(1)a|b)", "xa").group(), re.match(r"(x)?(?(1)a|b)", "b").group())
print(re.findall(r"\bfoo\B\w*|\Bbar", "foobar foo xbar"), re.findall(r"[^\W\d_]+", "ab_12cd"))
print(re.match(r"\x41\u0042\U00000043\101\N{LATIN SMALL LETTER D}", "ABCAd").group())
for bad in [r"(", r"a**", r"(?P<1>x)", r"\p{L}", r"(?<=a+)b", r"[b-a]", r"(?P=nope)", "x{2,1}"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e, e.pos)
print(re.match(b"(?i)[a-z]+", b"HeLLo\xff").group(), re.findall(rb"\d+", b"a12b345"))
try:
    re.match(r"\w", b"x")
except TypeError as e:
    print("TypeError:", e)
print(re.purge(), len(re.findall(r"(a)(b)?", "abaab")), re.template if hasattr(re, "template") else "-")
