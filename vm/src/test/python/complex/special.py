# complex with inf/nan components and mixed-type operations.
inf, nan = float("inf"), float("nan")
for z in (complex(inf, 0), complex(0, inf), complex(nan, nan), complex(-inf, -inf), complex(inf, nan)):
    print(repr(z), abs(z), z == z, z.conjugate())
print(complex(1, 2) * 2, 2 * complex(1, 2), complex(1, 2) + True, 1.5 + 2j, True * 1j)
print((1 + 1j) ** 2, (1 + 1j) ** 3, (2 + 0j) ** 10, (1j) ** 2, 0j ** 0, (1 + 2j) ** (2 - 1j))
print(pow(1j, 2), pow(2, 1j).real.__class__.__name__)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print("ValueError", e)
print(complex("1.5e-3-2.5E+2j"), complex("-1_000j"), complex("(0)"), complex("+inf-infj"))
print(repr(complex(0.1, 0.2)), repr(complex(1e-7, 1e22)), repr(-complex(0, 0)))
print(complex(2 ** 60, 1), complex(10 ** 20, -(10 ** 20)))
try:
    complex(10 ** 400, 1)
except OverflowError as e:
    print("OverflowError", e)
class HasComplex:
    def __complex__(self):
        return 5 + 6j
class HasFloat:
    def __float__(self):
        return 2.5
class HasIndex:
    def __index__(self):
        return 7
print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()), complex(HasFloat(), HasIndex()))
try:
    complex(object())
except TypeError as e:
    print("TypeError", e)
print(1j.__repr__(), (1 + 0j).__bool__(), bool(0j), bool(complex(0, -0.0)))
print((1 + 2j).__getnewargs__(), divmod.__name__)
