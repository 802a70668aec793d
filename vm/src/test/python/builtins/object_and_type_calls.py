# object() and type() behaviours: attributes on object instances, __init__/__new__ argument checks, type.__call__.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(o).__name__, o.__class__ is object, isinstance(o, object), object.__base__, object.__bases__)
print(o == o, o != object(), o.__eq__(o), o.__eq__(1), o.__ne__(o), o.__lt__(o), o.__reduce__()[0].__name__ if False else "r")
class OnlyInit:
    def __init__(self, a):
        self.a = a
class OnlyNew:
    def __new__(cls, a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
print(OnlyInit(1).a, OnlyNew(2).a)
for f in (lambda: OnlyInit(), lambda: OnlyNew(), lambda: OnlyInit(1, 2), lambda: object.__init__(o, 1), lambda: object.__new__(OnlyInit, 1).__class__.__name__):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class Both:
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)
    def __init__(self, *a, **k):
        print("init", a, k)
Both(1, k=2)
print(type.__call__(Both, 3).__class__.__name__)
class ReturnsNone:
    def __new__(cls):
        return None
print(ReturnsNone())
class NewOther:
    def __new__(cls):
        return Both.__new__(Both)
    def __init__(self):
        print("NewOther.__init__ skipped")
print(type(NewOther()).__name__)
print(type(object.__new__(object)).__name__, object.__new__.__self__ is object if hasattr(object.__new__, "__self__") else True)
print(object.__subclasshook__(int), object.__init_subclass__(), object().__dir__().__class__.__name__)
print(sorted(x for x in dir(object()) if x in ("__class__", "__doc__", "__eq__", "__hash__", "__init__", "__repr__", "__str__")))
