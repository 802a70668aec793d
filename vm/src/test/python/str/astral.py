# Strings mixing BMP and astral code points: length, slicing, find, sort order, case.
s = "a\U0001d49c\u00e9\U0001f600z\U00010400"
print(len(s), [hex(ord(c)) for c in s], s[1], s[-1], s[1:3], s[::-1] == "".join(reversed(s)))
print(s.find("\U0001f600"), s.index("z"), s.count("\U0001d49c"), s.upper(), s.lower(), s.swapcase())
print("\U00010400".lower(), "\U00010428".upper(), "\U00010400".isupper(), "\U0001f600".isalpha())
print(sorted(["\U0001f600", "\uffff", "a", "\U00010000", "\u00ff"]) == ["a", "\u00ff", "\uffff", "\U00010000", "\U0001f600"])
print(s.encode("utf-8"), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))
print(s.split("\U0001f600"), s.partition("\u00e9"), s.replace("\U0001f600", ":)"), s.center(10, "\U0001f4a9"))
print("\U0001f600" * 3, ("\U0001f600" * 3)[1:2] == "\U0001f600", "x".join("\U0001f600\U0001f601"))
print(repr(s), ascii(s))
print(format(s, ">10"), format(s, "^10.2"), "%-8s|" % s, f"{s!a}")
print("\U0001f600" < "\U0001f601", "\ud7ff" < "\ue000" < "\U00010000", max(s), min(s))
print(s.startswith("a\U0001d49c"), s.endswith("\U00010400"), s.isprintable(), "\U0001d49c".isidentifier())
print(chr(0x1f600).encode("utf-16-be"), "\U0001f600".encode("unicode_escape"), "\U0001f600".encode("raw_unicode_escape"))
surr = "\ud83d\ude00"
print(len(surr), surr == "\U0001f600", surr.encode("utf-16-le", "surrogatepass").decode("utf-16-le"))
print(ascii(surr), surr.isprintable())
table = {ord("\U0001f600"): "smile"}
print("x\U0001f600y".translate(table), "x\U0001f600y".encode("ascii", "namereplace"))
print(list(enumerate("\U0001f600a")), len(list(iter(s))), "\U0001f600".zfill(4))
print(int("\U0001d7d9\U0001d7da"), "\U0001d7d9".isdigit(), "\U0001d7d9".isdecimal())
print(ord(min(chr(c) for c in (0x10000, 0xffff, 0x1f000))))
words = ["zebra", "\u00e9clair", "apple", "Zoo", "\U0001f34e", "\u00c9t\u00e9"]
print(sorted(words), sorted(words, key=str.casefold))
