# Dumps, for every code point whose str predicates or case mappings are not trivial, one line
# "cp flags upper lower title casefold swapcase" (hex). StrUnicodeTest compares the SHA-256 of
# Kaa's dump with that of CPython 3.13.0: unicode_dump.sha256. Run: python3.13 unicode_dump.py OUT
import sys
def hx(s): return ''.join('%x.' % ord(c) for c in s)
with open(sys.argv[1], 'w') as w:
    for cp in range(0x110000):
        if 0xd800 <= cp <= 0xdfff: continue
        s = chr(cp)
        flags = ''.join([s.isalpha() and 'a' or '-', s.isdecimal() and 'd' or '-', s.isdigit() and 'D' or '-', s.isnumeric() and 'n' or '-',
            s.isspace() and 's' or '-', s.islower() and 'l' or '-', s.isupper() and 'u' or '-', s.istitle() and 't' or '-',
            s.isidentifier() and 'i' or '-', ('a'+s).isidentifier() and 'c' or '-', s.isprintable() and 'p' or '-'])
        up, lo, ti, cf, sw = s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase()
        if (flags not in ('-----------', '----------p')) or up != s or lo != s or ti != s or cf != s or sw != s:
            w.write('%x %s %s %s %s %s %s\n' % (cp, flags, hx(up), hx(lo), hx(ti), hx(cf), hx(sw)))
