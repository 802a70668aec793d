# complex() argument rules: strings only as the sole argument, __complex__/__float__/__index__ fallbacks, subclass results.
print(complex(), complex(1), complex(1.5, 2), complex("3"), complex("4j"), complex(1j, 1j), complex(1 + 2j, 3 + 4j))
for args in (("1", 2), (1, "2"), ("1", "2"), (None,), ([],), ("",), ("1+2j", None) if False else ("  ",)):
    try:
        print(complex(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
class C1:
    def __complex__(self):
        return 1 + 1j
class C2:
    def __complex__(self):
        return 5
class F1:
    def __float__(self):
        return 2.5
class I1:
    def __index__(self):
        return 7
print(complex(C1()), complex(F1()), complex(I1()), complex(F1(), I1()), complex(real=F1(), imag=2))
try:
    complex(C2())
except TypeError as e:
    print("TypeError", e)
class CSub(complex):
    def __repr__(self):
        return f"CSub{complex.__repr__(self)}"
c = CSub(1, 2)
print(c, c + 1, type(c + 1).__name__, type(-c).__name__, c.real, c.imag, CSub("5j"))
print(complex("1_000+2_000j"), complex("-0j"), complex("0-0j"), repr(complex("-0-0j")))
print(complex(True, False), complex(2 ** 53, 0), complex(0.1, 0.2).real + complex(0.1, 0.2).imag)
