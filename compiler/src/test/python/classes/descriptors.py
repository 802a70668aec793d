class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return f"descriptor {self.name}"
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
p.name = "Ann"
p.age = 30
print(p.name, p.age, Person.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"
class H:
    attr = NonData()
h = H()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        v = self.f(obj)
        setattr(obj, self.f.__name__, v)
        return v
class Calc:
    @Lazy
    def value(self):
        print("computing")
        return 99
c = Calc()
print(c.value, c.value)
