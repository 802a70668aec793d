# Metaclasses: __new__/__init__/__call__/__prepare__, keyword arguments, inheritance conflicts.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("call", cls.__name__, args)
        return super().__call__(*args)
class A(metaclass=Meta, tag="T"):
    def method(self):
        return "m"
class B(A):
    pass
print(A.tag, B.tag, A.injected, type(A).__name__, type(B).__name__, isinstance(A, Meta))
b = B()
print(b.method(), type(b).__name__)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class XY(X, Y): pass
except TypeError as e:
    print("TypeError", e)
class M3(M1, M2): pass
class Z(X, Y, metaclass=M3): pass
print(type(Z).__name__)
Dyn = type("Dyn", (object,), {"v": 5, "get": lambda self: self.v})
print(Dyn().get(), Dyn.__name__, Dyn.__qualname__, Dyn.__module__)
for args in (("N",), ("N", (), {}, 1), (1, (), {}), ("N", 1, {}), ("N", (), [])):
    try:
        print(type(*args))
    except TypeError as e:
        print("TypeError", e)
class Registry(type):
    classes = []
    def __init_subclass__(cls, **kw):
        print("metaclass subclassed", cls.__name__)
    def __new__(mcls, name, bases, ns):
        c = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return c
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class SubMeta(Registry): pass
print(type.__call__(Dyn).v, type(type), type(object), isinstance(type, object), isinstance(object, type))
