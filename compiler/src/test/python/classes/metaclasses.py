class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        ns["registered_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
class Base(metaclass=Registry):
    pass
class Child(Base, flag=True):
    def __init__(self, v=0):
        self.v = v
c = Child(5)
print(Registry.classes, Child.registered_by, Child.kw, c.v, type(Child).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"prepared": True}
class O(metaclass=Ordered):
    x = 1
print(O.prepared, O.x)
Dyn = type("Dyn", (object,), {"attr": 5, "m": lambda self: self.attr * 2})
print(Dyn().m(), Dyn.__name__)
