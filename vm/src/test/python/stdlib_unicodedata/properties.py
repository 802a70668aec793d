# unicodedata's character properties, names and their errors (Unicode 15.1.0, and 3.2.0).
import unicodedata as ud

print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, type(ud.ucd_3_2_0).__name__)
for c in "A\u00e9\u0301\u0660\u00bd\u2155\u3000\u4e00\uac01\u05d0(\U0001f600\u00b2\u2460\ufb01\U00020000":
    print(f"U+{ord(c):04X}", ud.category(c), repr(ud.bidirectional(c)), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.name(c, "-"))

# Characters Unicode added after 3.2.0 are unassigned in ucd_3_2_0.
old = ud.ucd_3_2_0
for c in "\u9fbb\u1b06\u20ac\u0221\U0002ebf0":
    print(f"U+{ord(c):04X}", ud.category(c), old.category(c), repr(old.bidirectional(c)),
          old.east_asian_width(c), repr(old.decomposition(c)), old.name(c, None))

# Names, aliases and named sequences.
for n in ["LATIN SMALL LETTER A", "latin capital letter a with ring above", "EM DASH", "BYTE ORDER MARK",
          "LF", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A", "CJK UNIFIED IDEOGRAPH-2EBF0",
          "LATIN SMALL LETTER A WITH MACRON AND GRAVE", "KHITAN SMALL SCRIPT CHARACTER-18B00"]:
    r = ud.lookup(n)
    print(n, "->", [hex(ord(x)) for x in r])
print(ud.lookup(b"SNOWMAN"), old.lookup("HANGUL SYLLABLE GA"), ud.name("\u2603"))

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for bad in ["cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-F900",
            "TANGUT IDEOGRAPH-17000", " LATIN SMALL LETTER A", "x" * 300, "HANGUL SYLLABLE AGGGG", ""]:
    attempt(ud.lookup, bad)
attempt(old.lookup, "LF")
attempt(old.lookup, "LATIN SMALL LETTER A WITH MACRON AND GRAVE")
attempt(old.name, "\u9fbb")
attempt(ud.name, "\x00")
attempt(ud.decimal, "x")
attempt(ud.digit, "x")
attempt(ud.numeric, "x")
attempt(ud.category, "ab")
attempt(ud.category, 1)
attempt(ud.name, "ab")
attempt(ud.lookup, 1)
attempt(ud.lookup, bytearray(b"SNOWMAN"))
attempt(ud.UCD)
attempt(ud.category)
attempt(old.category)
attempt(ud.name)
attempt(ud.name, "a", "b", "c")
print(ud.name("\x00", None), ud.numeric("a", 5), ud.decimal("\u00b2", "no"))
