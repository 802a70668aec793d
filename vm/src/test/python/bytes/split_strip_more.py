# More bytes/bytearray searching and splitting with ints, ranges and subclasses.
b = b"a-b--c---d"
print(b.split(b"-"), b.split(b"--"), b.rsplit(b"-", 2), b.split(b"-", maxsplit=1), b.split(b"x"))
print(b" a  b ".split(), b"\x1c\x1d a\x0bb".split(), b"ab".split(None), b"".split(b"-"))
print(b.find(b"-", 2), b.find(45, 3, 5), b.rindex(b"--"), b.index(45), b.count(b"--"), b.count(b""))
print(b.startswith(b"a-", 0, 2), b.endswith(bytearray(b"d")), b.startswith(memoryview(b"a")))
print(bytearray(b"x,y").split(b","), type(bytearray(b"x,y").split(b",")[0]).__name__)
print(b"abc".strip(b"ac"), bytearray(b"  x ").strip(), b"xx".lstrip(bytearray(b"x")), b"aXbXc".split(memoryview(b"X")))
print(b"ab" in b"cabd", bytearray(b"q") in b"qq", memoryview(b"d") in bytearray(b"xd") if False else b"ok")
for f in (lambda: b.find(b"-", "1"), lambda: b.split(b"-", "1"), lambda: b.count(300), lambda: 300 in b,
          lambda: "a" in b, lambda: b.index(-1), lambda: b.strip("a")):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyBytes(bytes):
    def first(self):
        return self[0]
mb = MyBytes(b"zq")
print(mb, mb.first(), type(mb.upper()).__name__, type(mb + b"!").__name__, isinstance(mb, bytes), mb == b"zq")
print(bytes(mb), type(bytes(mb)).__name__, MyBytes.fromhex("41"), type(MyBytes.fromhex("41")).__name__)
print(b"1,2;3".replace(b";", b",").split(b","), [int(x) for x in b"4 5 6".split()])
print(b"Hello".ljust(8, b"!"), b"|".join([b"a"] * 3), b"tab\there".expandtabs(), b"UP".lower().isupper())
print(b"abcabc".partition(b"c"), b"abcabc".rpartition(b"c"), b"abc".partition(b"x"))
print(b"title case words".title(), b"x".isalnum(), b"".isalnum(), b"\n".isspace())
