# strip family, removeprefix/removesuffix, center/ljust/rjust/zfill.
s = "xx--hello--xx"
print(s.strip("x"), s.lstrip("x-"), s.rstrip("-x"), s.strip("xo-"), s.strip(""), s.strip(None))
print(repr(" \t\n hi \r\x0b\x0c".strip()), repr("\u3000a\u2003".strip()), repr("\x1ca\x1f".strip()))
print("prefix-body".removeprefix("prefix-"), "prefix-body".removeprefix("x"), "a.py".removesuffix(".py"), "a".removesuffix(""))
for w in (0, 3, 9, 10):
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "\U0001f600")), repr("ab".center(w, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "--1".zfill(5), "12345".zfill(2))
for f in (lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".strip(1),
          lambda: "a".zfill(None), lambda: "a".removeprefix(None)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print("abc".center(6), "|", "abc".center(7, "."), "abcd".center(7, "."))
print("www.example.com".strip("cmowz."), "  spacious  ".lstrip(), "mississippi".rstrip("ips"))
print("aaa".lstrip("a") == "", "".strip("abc"), "abc".strip("abc"))
print("%s|" % "x".ljust(3), "%s|" % "x".rjust(3), repr("é".center(4, "ü")))
print(str.strip("  x  "), str.center("a", 3, "^"), str.ljust("a", -1))
for fill in (" ", "0", "-", "\u00b7"):
    print(repr("7".rjust(4, fill)), repr("7".center(4, fill)), repr("7".ljust(4, fill)))
print("x".center(0), "x".zfill(-5), "\U0001f600".center(3, "*"))
