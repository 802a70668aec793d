# count/endswith/istitle and rarely used methods: format_map, expandtabs, str.join of subclasses.
class Up(str):
    def shout(self):
        return self.upper() + "!"
u = Up("hey")
print(u, u.shout(), type(u + "x").__name__, type(u.upper()).__name__, type(u[0:2]).__name__, type(str(u)).__name__)
print(isinstance(u, str), u == "hey", hash(u) == hash("hey"), {"hey": 1}[u])
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("val", "T")
print(t, t.tag, t.__dict__, len(t), t * 2, repr(t))
print("a".__class__.__name__, str.__name__, str.__qualname__, str.__module__)
methods = sorted(m for m in dir(str) if not m.startswith("_"))
print(len(methods), methods)
print("x".__ne__("y"), "x".__lt__("y"), "x".__eq__(1), str.__eq__("a", "a"))
print("Hello {0}, you are {1:.1f}".format("Ann", 32.456), "{:>3}{:>3}".format(1, 22))
print("\t".join(["a", "b"]).expandtabs(4), "x\ty\tz".split("\t"), "ab\tcd".expandtabs(tabsize=3))
print(str.join("|", ["1", "2"]), str.split("a b"), str.count("aaa", "a"))
print("ab".__rmul__(2), "ab".__getnewargs__(), "abc".__iter__().__next__())
print("Straße".casefold() == "STRASSE".casefold(), "ﬁ".casefold(), "K".lower() == "\u212a".lower())
print("x".isascii(), "é".isascii(), "".isascii(), "\x7f".isascii())
print("%-4s|%4s|" % ("ab", "cd"), "a%sb" % "", "%s" % "%s")
print("The End".center(21, "="))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("sTrInG".swapcase(), "one two".title().swapcase(), "ABC".lower().capitalize())
print(" ".join(w.capitalize() for w in "the lord of the rings".split()))
print("abc"[::-1] == "cba", "racecar" == "racecar"[::-1], "".join(sorted("dcba")))
print(ord("a"), chr(97), chr(0x10ffff) == "\U0010ffff", ord("\U0010ffff"))
for f in (lambda: chr(0x110000), lambda: chr(-1), lambda: ord(""), lambda: ord("ab"), lambda: ord(1), lambda: chr("a")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
