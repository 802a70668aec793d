# Class decorators modifying classes, registering, wrapping methods; decorator order.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def tag(label):
    def deco(cls):
        print("tagging", cls.__name__, "with", label)
        cls.label = label
        return cls
    return deco
@register
@add_repr
@tag("first")
@tag("second")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), Point.label, list(registry))
def replace_class(cls):
    return "replaced by a string"
@replace_class
class Gone:
    pass
print(Gone)
def counting(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counting
class Thing:
    def __init__(self, name):
        self.name = name
things = [Thing(n) for n in "abc"]
print(Thing.instances, [t.name for t in things], Thing.__init__.__name__)
def freeze(cls):
    def __setattr__(self, name, value):
        raise AttributeError(f"{cls.__name__} is frozen; cannot set {name!r}")
    orig = cls.__init__
    def __init__(self, *a):
        object.__setattr__(self, "_init", True)
        for k, v in zip(cls.fields, a):
            object.__setattr__(self, k, v)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls
@freeze
class Frozen:
    fields = ("a", "b")
f = Frozen(1, 2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print("AttributeError", e)
