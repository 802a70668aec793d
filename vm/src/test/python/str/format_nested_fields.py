# str.format with nested replacement fields, auto/manual numbering, attribute chains and format_spec recursion.
class Obj:
    def __init__(self):
        self.inner = {"k": [10, 20, {"deep": "value"}]}
        self.name = "obj"
o = Obj()
print("{0.inner[k][2][deep]}".format(o), "{o.name!r:>8}".format(o=o), "{0.inner[k][-1]}".format(o) if False else "neg idx n/a")
try:
    "{0.inner[k][-1]}".format(o)
except TypeError as e:
    print("TypeError", e)
print("{:{}}".format("x", 5) + "|", "{:{w}}".format("x", w=3) + "|", "{0:{1}.{2}f}".format(3.14159, 10, 3))
print("{:{fill}{align}{width}}".format("c", fill="*", align="^", width=7), "{:>{}}".format("r", "6"))
print("{a}{b}{a}".format(a=1, b=2), "{0}{1}{0}".format("x", "y"), "{}{}".format(*"ab"), "{0[0]}{0[1]}".format("hi"))
print("{!r:^10}".format("q"), "{!s:*<5}".format(1), "{!a}".format("ü"), "{0!r}{0!s}".format("z"))
print("{:%Y}".format(type("D", (), {"__format__": lambda self, s: f"D[{s}]"})()))
print("{0:{0}}".format(5) + "|", "{k[0]}".format(k=[1]), "{k[a]}".format(k={"a": "A"}), "{0[1]}".format(range(5)))
for bad in ("{0:{1:{2}}}", "{:{:{}}}", "{0[}", "{0]}", "{0.}", "{0..a}", "{0[0]x}", "{0!r:}{", "}{", "{!}", "{0:}}"):
    try:
        print(repr(bad), repr(bad.format(1, 2, 3)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
print("{{{0}}}".format(1), "{{}}".format(), "{{{{}}}}".format(), "}}{{".format())
print("{0:0=+8.2f}".format(-3.14159), "{:#010x}".format(255), "{:^+9,d}".format(12345), "{:>10.3e}".format(1234.5678))
print("{:,.2f}".format(1234567.891), "{:_.3f}".format(1234567.891), "{:.3%}".format(0.12345), "{:10.4}|".format("truncated"))
