# Module objects: uninitialised by __new__, dir() through a replaced __dict__, and
# __class__ assignment between module and its subclasses (in both directions).
import sys

M = type(sys)
m = M.__new__(M)
print(repr(m), hasattr(m, "__name__"), hasattr(m, "__doc__"), dict(m.__dict__))
m.foo = 1
print(m.__dict__)
M.__init__(m, "late", "the doc")
print(m.__name__, m.__doc__, sorted(k for k in m.__dict__ if k.startswith("__")))


class WithProperty(M):
    @property
    def __dict__(self):
        return "not a dict"


w = WithProperty("w")
w.a = 1
print(w.__dict__)
try:
    dir(w)
except TypeError as e:
    print(type(e).__name__, e)


class Plain(M):
    pass


p = Plain("p")
p.b = 2
print(sorted(k for k in dir(p) if not k.startswith("__")))


class SubType(M):
    a = 1

    def hello(self):
        return "hello from " + self.__name__


mod = M("mod")
print(type(mod) is M, hasattr(mod, "a"))
mod.__class__ = SubType
print(type(mod) is SubType, mod.a, mod.hello(), isinstance(mod, SubType))
mod.__class__ = M
print(type(mod) is M, hasattr(mod, "a"))

sub = SubType("sub")
sub.__class__ = M
print(type(sub) is M, hasattr(sub, "a"), sub.__name__)


class Slotted(M):
    __slots__ = ("x",)


for target in (Slotted, int):
    try:
        mod.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
