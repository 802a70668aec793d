# unicodedata.normalize and is_normalized, in Unicode 15.1.0 and 3.2.0.
import unicodedata as ud

def show(s):
    return " ".join(f"{ord(c):04X}" for c in s)

samples = ["caf\u00e9", "cafe\u0301", "\u212b", "\ufb01", "\u1e9b\u0323", "\uac00\u11a8", "\u1100\u1161\u11a8",
           "a\u0323\u0302", "a\u0302\u0323", "\u0958", "\u00bd", "\u2460", "\u1b05\u1b35", "\U0002f868",
           "\u0f73", "A\u030a\u0301", "\u0344", "x\u0301\u0300\u0316", "\uf951", "\u3300", ""]
for s in samples:
    print(repr(s), *(f"{form}={show(ud.normalize(form, s))}" for form in ("NFC", "NFD", "NFKC", "NFKD")))
    print("   normalized:", [ud.is_normalized(form, s) for form in ("NFC", "NFD", "NFKC", "NFKD")])

# 3.2.0 keeps the decompositions later corrected, and decomposes nothing it did not assign.
for s in ["\U0002f868", "\U0002f874", "\u1b06", "\u0958"]:
    print(show(s), show(ud.ucd_3_2_0.normalize("NFD", s)), show(ud.normalize("NFD", s)))

class S(str):
    pass

print(type(ud.normalize("NFC", S("abc"))).__name__, type(ud.normalize("NFD", S("\u00e9"))).__name__)
print(repr(ud.normalize("bogus", "")), ud.is_normalized("bogus", ""))
for args in [("NFX", "a"), (1, "a"), ("NFC", 1), ("NFC",)]:
    try:
        ud.normalize(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ud.normalize(form="NFC", unistr="a")
except TypeError as e:
    print(e)
print("\N{EM DASH}", "\N{LATIN SMALL LETTER A}", "\N{HANGUL SYLLABLE GAG}" == ud.lookup("HANGUL SYLLABLE GAG"))
print("caf\u00e9".encode("idna"), b"xn--caf-dma".decode("idna"), "B\u00fccher.example".encode("idna"))
