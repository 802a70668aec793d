# bytes methods mirroring str, on ASCII data.
b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b","), b.rsplit(None, 1), b.partition(b","), b.rpartition(b"l"), b"a\nb\r\nc".splitlines(True))
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"W"), b.count(b"l"), b.count(108), b.find(111), b"l" in b, 108 in b)
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"abc".center(9, b"*"), b"7".zfill(3), b"ab".ljust(4), b"ab".rjust(4, b"."))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"x".removeprefix(b"x"), b"ab.py".removesuffix(b".py"), b"a\tb".expandtabs(4), b"\xe9".upper(), "é".encode().upper())
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcdef".translate(None, b"bd"))
for f in (lambda: b.find("l"), lambda: b.split(""), lambda: b"a".join(["a"]), lambda: b.replace("a", "b"), lambda: b.count(256),
          lambda: b.index(b"zz"), lambda: b"a".center(3, b"ab"), lambda: b + "x", lambda: "x" + b, lambda: b.startswith("x")):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x %r %a %c %c %%" % (b"bs", 5, 255, b"r", "é", 65, b"Z"))
for fmt, arg in ((b"%s", "str"), (b"%c", 256), (b"%d", b"1"), (b"%y", 1)):
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"abc" * 2, 2 * b"x", b"" * 5, b"ab" + b"cd", b"a" < b"b", b"abc" < b"abd", b"" < b"\x00", b"ab" == bytearray(b"ab"))
