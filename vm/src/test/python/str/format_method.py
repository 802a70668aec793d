# str.format: positional, keyword, attribute and index fields, conversions, nested specs.
print("{} {} {}".format(1, "a", [2]), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Bo", age=3), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}))
print("{0.real} {0.imag}".format(3 + 4j), "{a[0]}{a[2]}".format(a="xyz"), "{:{}{}}".format(7, ">", 4))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{{}} {{{}}}".format(5), "{:^{}}".format("mid", 9), "{:*<6}|{:*>6}|{:*^6}".format(1, 2, 3))
print("{:,} {:_} {:.3} {:.3s} {:>5.1%}".format(10 ** 7, 10 ** 7, "abcdef", "abcdef", 0.5))
print("{0:{fill}{align}16}".format("text", fill="~", align="^"))
print("{:<5}|{:>5}|{:^5}|{:=+5}|".format(1, 2, 3, 4), "{:x<5}".format("ab"))
errs = ["{", "}", "{0", "{]", "{0!x}", "{0!}", "{:d}", "{1}", "{a}", "{0[}", "{0.}", "{!r", "{:>{}}",
        "{0}{}", "{}{0}", "{0:{1:{2}}}", "{0.__class__.x}"]
for f in errs:
    try:
        print(repr(f.format("s")))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(f), type(e).__name__, e)
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
print("{} {:abc} {!r} {!s:>5}".format(P(), P(), P(), P()))
print(format(P(), "x"), format("x"), format(3), format([1, 2]), format(None))
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
print("{0}".format_map({0: "zero"}) if False else "{k}".format_map({"k": "v"}))
class D(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} {b}".format_map(D(a=1)))
print("{:s}".format("s"), "{:10}|".format("s"), "{:<10}|".format(5), "{:=^10}".format(" c "))
