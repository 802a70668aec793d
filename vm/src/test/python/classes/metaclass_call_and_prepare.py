# Metaclass tricks: __call__ for instance caching, __prepare__ with an ordered recording dict, class keywords.
class Cached(type):
    def __init__(cls, *a, **k):
        super().__init__(*a, **k)
        cls._cache = {}
    def __call__(cls, key):
        if key not in cls._cache:
            print("creating", cls.__name__, key)
            cls._cache[key] = super().__call__(key)
        return cls._cache[key]
class Color(metaclass=Cached):
    def __init__(self, name):
        self.name = name
print(Color("red") is Color("red"), Color("blue") is Color("red"), sorted(Color._cache))
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Form(metaclass=OrderMeta):
    zeta = 1
    alpha = 2
    def method(self):
        pass
    alpha = 3
print(Form.field_order, Form.alpha)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError", e)
def function_meta(name, bases, ns):
    print("function as metaclass", name, sorted(k for k in ns if not k.startswith("__")))
    return {"built": name}
class NotAClass(metaclass=function_meta):
    a = 1
print(NotAClass)
class Kw(type):
    def __new__(mcls, name, bases, ns, flag=False):
        cls = super().__new__(mcls, name, bases, ns)
        cls.flag = flag
        return cls
    def __init__(cls, name, bases, ns, flag=False):
        super().__init__(name, bases, ns)
class A(metaclass=Kw, flag=True):
    pass
class B(A):
    pass
print(A.flag, B.flag, type(B).__name__)
