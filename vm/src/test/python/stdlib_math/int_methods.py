# Less common int methods and constructors: as_integer_ratio, is_integer, round, trunc.
import math
for n in (0, 7, -7, 2 ** 80):
    print(n.as_integer_ratio(), n.is_integer(), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__())
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1))
print(round(2 ** 70 + 5, -1), round(-55, -1), round(123, -5), round(7, 0))
print(type(round(7, 0)).__name__, type(round(7)).__name__)
print(math.trunc(-9), math.floor(9), math.ceil(-9))
print(int.__new__(int, 5), int.__new__(bool, 1) if False else "skip")
print(int("  12  "), int("\t-3\n"))
print((12).__sizeof__() > 0, (255).__str__(), (255).__repr__())
print(int.from_bytes(b"\x00\x10", "big").__index__())
print(divmod(10, 3), divmod(-10, 3), divmod(10, -3), divmod(-10, -3), divmod(0, -3))
for a, b in ((1, 0), (0, 0), (10 ** 30, 0)):
    for op in ("//", "%", "/"):
        try:
            print(eval(f"{a} {op} {b}"))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod", e)
print((5).__floordiv__(0.0) if False else "skip", (7).__radd__(1), (7).__rsub__(1))
print(int.__add__(1, 2.0), (1).__add__(2.0))
print((1).__lt__(2.5), (3).__eq__(3.0))
print(0x7fffffffffffffff.bit_length(), (-0x8000000000000000).bit_length())
print(type(int.__doc__).__name__)  # the text is Kaa's own
