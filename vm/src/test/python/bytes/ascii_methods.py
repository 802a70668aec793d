# bytes case and classification methods act on ASCII only; non-ASCII bytes are left untouched.
data = bytes(range(0x40, 0x80)) + b"\xc0\xe9\xff"
print(data.upper())
print(data.lower())
print(data.swapcase())
print(b"hello WORLD 123 \xe9t\xe9".title(), b"hello".capitalize(), b"\xe9cole".capitalize())
for s in (b"abc", b"ABC", b"Abc", b"123", b"abc123", b" \t\n\r\x0b\x0c", b"", b"\xe9", b"a b", b"Title Case", b"\x7f"):
    print(s, s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
print(b"  \x0b\x0cpadded\x1c  ".strip(), b"\x1c\x1dkeep".split(), b"a\x0bb".split())
print(bytearray(b"MiXeD").lower(), bytearray(b"MiXeD").swapcase(), type(bytearray(b"x").upper()).__name__)
print(b"tab\tseparated\tvalues".expandtabs(4), b"\t".expandtabs(), bytearray(b"a\tb").expandtabs(2))
print(b"ABC".lower() == b"abc", b"\xc9".lower(), "\xc9".lower().encode("latin-1"))
print(b"x".center(5), b"x".ljust(3, b"-"), b"x".rjust(3, b"-"), b"-5".zfill(4), b"+".zfill(3))
for name in ("upper", "lower", "title", "capitalize", "swapcase"):
    method = getattr(bytes, name)
    print(name, method(b"mIxEd \xe9 cAsE"), method(b""), getattr(bytearray, name)(bytearray(b"aB")))
print([bytes([c]).isalpha() for c in (0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b)])
print([bytes([c]).isspace() for c in (9, 10, 11, 12, 13, 28, 32, 133, 160)])
print(sum(1 for c in range(256) if bytes([c]).isalnum()), sum(1 for c in range(256) if bytes([c]).isupper()))
print(b"END".lower().upper().title(), bytes(range(65, 70)).lower(), bytearray(range(97, 100)).upper())
