# complex construction, repr, arithmetic and attributes.
vals = [1j, -1j, 0j, 1 + 2j, -1.5 - 0.5j, complex(0, -0.0), complex(-0.0, 0), complex(3), complex(1e16, 1e-7)]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z))
print(complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-j"), complex("1e3j"), complex("inf+nanj"))
print(complex(1, 2), complex(real=3), complex(imag=4), complex(1 + 2j, 3), complex(1.5))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, b ** -1, 2 ** a if False else a ** 0)
print(a == 3 + 4j, a != b, a == 3, complex(3) == 3, complex(3, 0) == 3.0, 1j * 1j == -1)
print(abs(3 + 4j), hash(3 + 0j) == hash(3), hash(1j) == hash(1j))
for s in ("", "1+", "j1", "1+2", "(1+2j", "1 + 2j", "1+2jj", "nanj+"):
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for f in (lambda: (1 + 2j) < (2 + 3j), lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j),
          lambda: 1j / 0, lambda: 0j ** -1, lambda: complex("1", 2), lambda: complex(1j, "2"), lambda: round(1j)):
    try:
        print(f())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(format(1 + 2j), format(1.5 - 2.25j, ".2f"), format(1 + 2j, "^20"), format(1j, "e"), format(-1j, "g"))
print(f"{3 + 4j:+.3f}", f"{1e20j}", f"{complex(1, -0.0)}")
print(complex.__add__(1j, 1), complex.__radd__(1j, 2), (1j).__eq__(1j))
class C(complex):
    pass
print(type(C(1, 2)).__name__, C(1, 2), type(C(1, 2) + 1).__name__)
