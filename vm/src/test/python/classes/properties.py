# property: getter/setter/deleter, docs, read-only errors, subclass overriding, property on class.
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
for action in (lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.fahrenheit.fset, Temp.celsius.__isabstractmethod__)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub " + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius, s.fahrenheit)
def get_x(self):
    return 42
class Manual:
    x = property(get_x, doc="manual doc")
    y = property()
print(Manual().x, Manual.x.__doc__)
try:
    Manual().y
except AttributeError as e:
    print("AttributeError", e)
try:
    Manual().y = 1
except AttributeError as e:
    print("AttributeError", e)
p = property(lambda self: 1)
print(p.__get__(None, Manual) is p, p.__get__(Manual()), p.getter(get_x).fget is get_x)
class Slotted:
    __slots__ = ("_v",)
    v = property(lambda self: self._v, lambda self, val: object.__setattr__(self, "_v", val * 2))
sl = Slotted()
sl.v = 4
print(sl.v)
class Named:
    @property
    def thing(self):
        return self.missing_attr
try:
    Named().thing
except AttributeError as e:
    print("AttributeError", e)
