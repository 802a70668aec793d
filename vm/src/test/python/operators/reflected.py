# Binary operators: __op__ then __rop__, NotImplemented fallbacks, subclass priority.
class V:
    def __init__(self, name):
        self.name = name
    def __add__(self, other):
        print(f"{self.name}.__add__({getattr(other, 'name', other)})")
        return NotImplemented if isinstance(other, str) else "V+"
    def __radd__(self, other):
        print(f"{self.name}.__radd__({getattr(other, 'name', other)})")
        return "V radd"
    def __mul__(self, other):
        return NotImplemented
class W(V):
    def __radd__(self, other):
        print(f"W {self.name}.__radd__({getattr(other, 'name', other)})")
        return "W radd"
v, w = V("v"), W("w")
print(v + 1)
print(1 + v)
print(v + w)
print(w + v)
try:
    print(v + "s")
except TypeError as e:
    print("TypeError", e)
print("s" + v if False else "skip")
for expr in (lambda: v * 2, lambda: 2 * v, lambda: v - v, lambda: v @ v, lambda: v ** 2, lambda: divmod(v, 1), lambda: -v, lambda: ~v, lambda: v < 1):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError", e)
class Only:
    def __rsub__(self, other):
        return f"rsub {other}"
    def __rpow__(self, other, mod=None):
        return f"rpow {other}"
    def __rlshift__(self, other):
        return "rlshift"
    def __rmatmul__(self, other):
        return "rmatmul"
    def __rtruediv__(self, other):
        return "rtruediv"
    def __rfloordiv__(self, other):
        return "rfloordiv"
    def __rmod__(self, other):
        return "rmod"
    def __rdivmod__(self, other):
        return "rdivmod"
    def __rand__(self, other):
        return "rand"
    def __rxor__(self, other):
        return "rxor"
    def __ror__(self, other):
        return "ror"
    def __rrshift__(self, other):
        return "rrshift"
o = Only()
print(5 - o, 2 ** o, 1 << o, [] @ o, 1 / o, 1 // o, 1 % o, divmod(1, o), 1 & o, 1 ^ o, 1 | o, 1 >> o, "%s" % o if False else "x" % () if False else "ok")
try:
    pow(2, o, 5)
except TypeError as e:
    print("TypeError", e)
print(3 - True, 3.0 - True, [1] * True, "ab" % () if False else "done")
