from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Sq(3).describe())
from collections.abc import Iterable, Sized
class Bag:
    def __init__(self): self.items = [1, 2]
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), issubclass(Bag, Iterable))
class Reg(ABC):
    pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(bool, Reg))
