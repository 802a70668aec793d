# __class__ assignment needs the same layout: slots are laid out in sorted order, so classes
# naming the same slots in another order are compatible; __weakref__ and __dict__ count too.
class G:
    __slots__ = ["a", "b"]


class H:
    __slots__ = ["b", "a"]


class J:
    __slots__ = ["c", "b"]


class N(J):
    __slots__ = ["__weakref__"]


class P(J):
    __slots__ = ["__dict__"]


class Q(J):
    pass


class R(J):
    __slots__ = ["__dict__", "__weakref__"]


for cls, cls2 in ((G, H), (H, G), (Q, R), (R, Q)):
    x = cls()
    x.b = 2
    if hasattr(cls, "a"):
        x.a = 1
    x.__class__ = cls2
    print(cls.__name__, "->", cls2.__name__, x.b, getattr(x, "a", None))

for cls, cls2 in ((G, J), (J, N), (N, J), (J, P), (P, N), (G, list)):
    try:
        cls().__class__ = cls2
        print(cls.__name__, "->", cls2.__name__, "allowed")
    except TypeError as e:
        print(type(e).__name__, e)

print([k for k in H.__dict__ if k in ("a", "b")])


class Meta(type):
    def __new__(mcls, name, bases, ns, attr):
        print("has", attr, attr in ns)
        return super().__new__(mcls, name, bases, ns)


class C2(metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]

    def f(self):
        return __class__


print(type(C2.__dict__["__classcell__"]) is type(G.__dict__["a"]), C2().f() is C2)


class Base:
    pass


class Meta2(Base, type): pass


class E(metaclass=Meta2):
    pass


print(type(E.__dict__) is type(Base.__dict__))
try:
    E.__dict__["spam"] = 1
except TypeError as e:
    print(type(e).__name__, e)
