# Writes "hex name" for every code point that has a name in CPython 3.13's unicodedata;
# StrUnicodeTest compares the SHA-256 of Kaa's same list with unicode_names.sha256.
# Run: python3.13 unicode_names.py OUT
import sys, unicodedata
with open(sys.argv[1], 'w') as w:
    for cp in range(0x110000):
        if 0xd800 <= cp <= 0xdfff:
            continue
        n = unicodedata.name(chr(cp), None)
        if n:
            w.write('%x %s\n' % (cp, n))
