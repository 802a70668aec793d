# repr/ascii/format/str on builtin values, and the format() builtin with specs and __format__ hooks.
values = [0, -1.5, 1e100, 2 + 3j, "s", "é\n", b"b\xff", bytearray(b"ba"), [1, "a"], (1,), {"k": [None]}, {1}, frozenset(),
          range(3), slice(1, 2), None, ..., NotImplemented, True, int, object, len, type]
for v in values:
    print(repr(v), ascii(v), str(v))
print(format(3.5), format(3.5, ">8"), format("s", "^5"), format(12, "#b"), format(None), format([1], ""))
for v, spec in ((None, "x"), ([1], "5"), ((1,), ">3"), (len, "s")):
    try:
        print(format(v, spec))
    except TypeError as e:
        print("TypeError", e)
class F:
    def __format__(self, spec):
        return spec[::-1] or "empty"
print(format(F()), format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()))
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError", e)
class BadRepr:
    def __repr__(self):
        return b"bytes"
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class StrSubRepr:
    def __repr__(self):
        class S(str):
            pass
        return S("sub")
print(repr(StrSubRepr()), type(repr(StrSubRepr())).__name__)
print(ascii("é\U0001f600\x00"), ascii(b"\xff"), ascii(["ü"]), repr("\t"), str(b"\t"))
try:
    format(1, 2)
except TypeError as e:
    print("TypeError", e)
print(format(1234.5678, ",.2f"), format(0.5, "%"), format(255, "X"), format("left", "*<8"), format(-3, "=+6"))
