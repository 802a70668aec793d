# super() in methods, classmethods, __init__ chains, two-argument form, errors.
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def greet(self):
        return f"Base({self.x})"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def greet(self):
        return "Mid+" + super().greet()
    @classmethod
    def make(cls):
        return "Mid:" + super().make()
class Leaf(Mid):
    def greet(self):
        return "Leaf+" + super(Mid, self).greet()
l = Leaf(1, 2)
print(l.greet(), Leaf.make(), l.x, l.y, super(Leaf, l).greet(), super(Mid, Leaf).make())
s = super(Leaf, l)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is l)
def bare():
    return super()
try:
    bare()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(1, l)
except TypeError as e:
    print("TypeError", e)
class NoArgs:
    def m():
        return super()
try:
    NoArgs.m()
except RuntimeError as e:
    print("RuntimeError", e)
class Attr(Base):
    def __init__(self):
        pass
    def missing(self):
        return super().nothing
try:
    Attr().missing()
except AttributeError as e:
    print("AttributeError", e)
class Stat(Base):
    @staticmethod
    def sm():
        return super(Stat, Stat).make()
print(Stat.sm())
class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
class SubNew(WithNew):
    pass
SubNew(1, 2)
print(super(SubNew, SubNew).__new__ is object.__new__ or True)
