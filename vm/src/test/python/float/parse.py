# float() from strings with all accepted spellings and the error messages.
good = ["1", "1.", ".5", "-.5", "+1e3", "1E-3", "  3.25  ", "1_000.5", "1e1_0", "inf", "-Infinity",
        "nan", "+NaN", "0x1p3" if False else "5e-324", "1e400", "-1e400", "1e-400", "\u0661.\u0665",
        "00012.50", "1_0e1_0"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "abc", "1e", "e5", "1.2.3", "1__0", "_1", "1_", "0x10", "inf inity", "nanx", "--1",
       "1e+", "1 0", ".", "1,5", "\x00"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
for arg in (None, [], {}, 1j):
    try:
        float(arg)
    except TypeError as e:
        print("TypeError", e)
print(float(b"1.5"), float(bytearray(b"-2")), float(True), float(10 ** 20), float())
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return "x"
print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print("TypeError", e)
