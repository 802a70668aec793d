# Subclasses of int: construction, arithmetic results, repr overrides, __index__.
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"odd: {v}")
        return super().__new__(cls, v)
    def __repr__(self):
        return f"Even({int(self)})"
e = Even(4)
print(e, repr(e), type(e).__name__, type(e + 2).__name__, e + 2, e * e, -e)
print(isinstance(e, int), Even.__mro__[1].__name__, int(e), type(int(e)).__name__)
try:
    Even(3)
except ValueError as x:
    print(x)
class Named(int):
    name = "n"
n = Named(7)
n.extra = 1
print(n, n.name, n.extra, n.__dict__, str(n), format(n, "03"))
print(Named("ff", 16), Named(), Named(3.9))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3))[-1])
print(int(Idx(9)) if hasattr(int, "__index__") else None)
print("ab" * Idx(3), [0] * Idx(2))
class BadIdx:
    def __index__(self):
        return "x"
for f in (lambda: [1][BadIdx()], lambda: bin(BadIdx()), lambda: int(BadIdx())):
    try:
        print(f())
    except TypeError as x:
        print("TypeError", x)
class T(int):
    def __int__(self):
        return 99
print(int(T(3)), T(3) + 0, operator_index := T(3).__index__())
print(True + True, True * 10, -True, ~True if False else 0)
