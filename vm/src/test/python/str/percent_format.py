# printf-style % formatting for str with all conversions, flags and the errors.
print("%s %r %a" % ("é", "é", "é"))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f|%*.*f" % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828))
print("%e %E %f %F %g %G" % (12345.678, 12345.678, 1.5, float("inf"), 1e-5, 1e20))
print("%#.0f %#g %+.2e % .3f %010.3f %-10.2f|" % (3.0, 1.0, 12.5, 1.0, -3.14159, 2.5))
print("%%" % (), "100%%" % (), "%s" % [1, 2], "%s" % (1,), "%s %s" % (1, (2, 3)))
print("%c%c%c" % ("a", 98, "\U0001f600"))
print("%x|%X|%o|%#x|%#o|%08.3x" % (255, 255, 8, 255, 8, 5))
print("%s" % None, "%r" % None, "%d" % True, "%.3s" % True, "%-6r|" % "a")
print("%(a)s%(a)s" % {"a": 1}, "%s" % {"k": "v"}, "%()s" % {"": "empty"})
errs = ["%d" % () if False else None]
cases = [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", {}), ("%(k)s", (1,)), ("%z", 1),
         ("%", ()), ("%c", 1.5), ("%c", 0x110000), ("%*d", ("a", 1)), ("%.*f", (1.5, 1.0)), ("%d", 1j),
         ("%(x", {"x": 1}), ("abc", 5), ("%s%", 1), ("%i", None), ("%e", "s"), ("%a", ())]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % "abc" * 2, "%d items" % 3, "%5.2f%%" % 99.5)
print("%-+8.2f|%+-8d|%- 6d|" % (1.5, 3, 4))
print("%s and %s" % ("a", "b"), "%(x)5d|%(x)-5d|" % {"x": 7})
class M(dict):
    def __missing__(self, key):
        return key.upper()
print("%(foo)s %(bar)s" % M())
