# str.encode and bytes.decode with utf-8/latin-1/ascii/utf-16/utf-32 and error handlers.
s = "héllo €\U0001f600"
for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "UTF8", "utf_8"):
    b = s.encode(enc)
    print(enc, len(b), b[:12], b.decode(enc) == s)
print(s.encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"), len(s.encode("utf-16")))
for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e, e.start, e.end, e.reason, e.encoding)
data = b"ok \xff\xfe bad \xc3\xa9 good \xe2\x82"
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    print(errors, ascii(data.decode("utf-8", errors)))
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e, e.start, e.end, e.reason)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
for enc in ("nope", "utf-9"):
    try:
        "x".encode(enc)
    except LookupError as e:
        print("LookupError", e)
try:
    "x".encode("utf-8", "bogus")
except LookupError as e:
    print("LookupError", e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
print("\ud800".encode("utf-8", "surrogatepass"), "\udcff".encode("utf-8", "surrogateescape"))
print(bytes("abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"abc", encoding="ascii"))
print(bytes(range(256)).decode("latin-1") == "".join(map(chr, range(256))), "é".encode(), b"".decode())
print("abc".encode(encoding="utf-16-le"), b"a\x00".decode(encoding="utf-16-le", errors="strict"))
for bad in (lambda: str(b"x", 5), lambda: str("x", "utf-8"), lambda: bytes("x"), lambda: "x".encode(None)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
