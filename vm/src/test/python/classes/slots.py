# __slots__: restricted attributes, no __dict__, inheritance, descriptors on the class, errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
p.y = 2
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, hasattr(P.x, "__get__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
q = P(5)
try:
    q.y
except AttributeError as e:
    print("AttributeError", e)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
class Child(P):
    pass
c = Child(1)
c.z = 3
print(c.z, c.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.__dict__)
class Str:
    __slots__ = "only"
s = Str()
s.only = "yes"
print(s.only, Str.__slots__)
for body in ({"__slots__": ("a", "a")}, {"__slots__": ("x",), "x": 1}, {"__slots__": (1,)}, {"__slots__": ("__dict__", "__dict__")},
             {"__slots__": ("not valid",)}):
    try:
        type("T", (), body)
        print("ok", body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B): pass
except TypeError as e:
    print("TypeError", e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError", e)
class Weak:
    __slots__ = ("__weakref__",)
print(hasattr(Weak(), "__dict__"), "__weakref__" in dir(Weak))
class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 7
    def get(self):
        return self.__secret
print(Private().get(), Private.__slots__, "_Private__secret" in dir(Private))
