# int attributes and dunder methods called directly; int.__new__ on subclasses, __getnewargs__, __sizeof__ only compared.
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.__index__(), n.__int__(), n.__float__(), n.__trunc__())
print(n.__round__(), n.__round__(-1), n.__ceil__(), n.__floor__(), n.__abs__(), n.__neg__(), n.__pos__(), n.__invert__())
print(n.__bool__(), (0).__bool__(), n.__hash__() == hash(n), n.__getnewargs__(), n.__format__("x"), n.__repr__())
print(n.__add__(1), n.__radd__(1), n.__sub__(1), n.__rsub__(1), n.__mul__(2), n.__rmul__(2), n.__mod__(5), n.__rmod__(5))
print(n.__floordiv__(5), n.__rfloordiv__(100), n.__truediv__(4), n.__rtruediv__(84), n.__pow__(2), n.__rpow__(2))
print(n.__lshift__(1), n.__rlshift__(1), n.__rshift__(1), n.__rrshift__(1000), n.__and__(15), n.__rand__(15), n.__or__(1), n.__xor__(1))
print(n.__lt__(43), n.__le__(42), n.__eq__(42), n.__ne__(42), n.__gt__(41), n.__ge__(43), n.__eq__(42.0), n.__lt__(1.5))
print(n.__divmod__(5), n.__rdivmod__(100), n.__add__("x"), n.__mul__([1]), n.__sizeof__() > 0, (2 ** 100).__sizeof__() > n.__sizeof__())
print(int.real.__get__(5), int.numerator.__get__(7), type(int.real).__name__ == type(int.numerator).__name__)
try:
    n.real = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    n.new_attr = 1
except AttributeError as e:
    print("AttributeError", e)
print(sorted(a for a in dir(int) if not a.startswith("_")))
print(len([a for a in dir(int) if a.startswith("__")]) > 50, "__index__" in dir(int), "__dict__" in dir(int))
