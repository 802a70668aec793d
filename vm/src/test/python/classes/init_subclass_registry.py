# __init_subclass__ as plugin registry with validation, interplay with metaclasses and multiple inheritance.
class Shape:
    registry = {}
    def __init_subclass__(cls, *, sides=None, **kw):
        super().__init_subclass__(**kw)
        if sides is None:
            raise TypeError(f"{cls.__name__} must declare sides")
        cls.sides = sides
        Shape.registry[cls.__name__] = sides
class Triangle(Shape, sides=3):
    pass
class Square(Shape, sides=4):
    pass
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError", e)
print(Shape.registry, Triangle.sides, "Blob" in Shape.registry)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Pentagon(Mixin, Shape, sides=5):
    pass
print(Shape.registry)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, flavor="plain", **kw):
        print("Base.__init_subclass__", cls.__name__, flavor)
        super().__init_subclass__(**kw)
class Derived(Base, flavor="spicy"):
    pass
class Default(Base):
    pass
print(type(Derived).__name__)
try:
    class TooMany(Base, flavor="x", extra=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    type("Dyn", (Base,), {}, flavor="dyn")
except TypeError as e:
    print("TypeError", e)
