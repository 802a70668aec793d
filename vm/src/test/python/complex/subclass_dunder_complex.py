# complex(x) for a complex subclass calls its own __complex__; float() and list() let a
# subclass's __init__/__new__ take keywords; '%.*' precisions are C ints; int.__new__(bool).
import sys


class complex0(complex):
    def __complex__(self):
        return 42j


class complex2(complex):
    def __complex__(self):
        return None


class plain(complex):
    pass


print(complex(complex0(1j)), type(complex(complex0(1j))).__name__)
print(complex(plain(3 + 4j)), type(complex(plain(3 + 4j))).__name__)
print(plain(1j).__complex__(), type(plain(1j).__complex__()).__name__)

try:
    complex(complex2(1j))
except TypeError as e:
    print(type(e).__name__, e)

for args in [(2.5,), ("1.5",)]:
    class F(float):
        def __init__(self, value, newarg=None):
            self.newarg = newarg
    f = F(*args, newarg=3)
    print(f, f.newarg)
for call in (lambda: F(2.5, 3, newarg=4), lambda: float(x=1.0)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


class L(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


u = L([1, 2], newarg=3)
print(u, u.newarg)
for fmt, args in (("%.*d", (sys.maxsize, 1)), ("%.*f", (2**31, 1.0)), ("%*d", (3, 1)), ("%.*d", (2, 1))):
    try:
        print(repr(fmt % args))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    int.__new__(bool, 0)
except TypeError as e:
    print(type(e).__name__, e)
