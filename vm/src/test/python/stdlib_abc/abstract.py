# abc: ABC, abstractmethod, register, __subclasshook__, instantiation errors.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "square"
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized), isinstance(3, Sized))
class Registered(ABC):
    pass
Registered.register(int)
print(issubclass(int, Registered), isinstance(5, Registered), issubclass(bool, Registered), issubclass(str, Registered))
class WithProp(ABC):
    @property
    @abstractmethod
    def value(self):
        ...
class Impl(WithProp):
    @property
    def value(self):
        return "impl"
print(Impl().value, WithProp.value.__isabstractmethod__)
print(type(Shape).__name__, isinstance(Shape, ABCMeta), Shape.__mro__[1].__name__)
