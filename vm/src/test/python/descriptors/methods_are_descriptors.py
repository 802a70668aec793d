# Functions are non-data descriptors: binding via __get__, staticmethod/classmethod wrapping, builtin methods.
def f(self, x=1):
    return (self, x)
class C:
    pass
c = C()
bound = f.__get__(c, C)
print(bound(5)[1], bound.__self__ is c, bound.__func__ is f, f.__get__(None, C) is f)
C.method = f
print(c.method()[1], C.method is f, c.method.__func__ is f)
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__get__(c, C) is f, cm.__get__(c, C)()[0] is C, cm.__get__(None, C)(7)[1])
class D:
    s = sm
    k = cm
print(D.s(1, 2), D().s(1, 2), D.k()[0].__name__, D().k(3))
print(hasattr(f, "__get__"), hasattr(f, "__set__"), hasattr(property(), "__set__"), hasattr(sm, "__get__"))
up = str.upper
print(up.__get__("abc")(), up.__get__("x", str)(), str.__dict__["upper"].__get__("q")())
try:
    up.__get__(5)
except TypeError as e:
    print("TypeError", e)
lam = lambda self: f"lambda bound to {type(self).__name__}"
C.lam = lam
print(c.lam())
c.inst = lam
try:
    c.inst()
except TypeError as e:
    print("TypeError", e)
print(c.inst(c))
class Meta(type):
    def meta_method(cls):
        return f"meta_method of {cls.__name__}"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_method())
try:
    WithMeta().meta_method()
except AttributeError as e:
    print("AttributeError", e)
