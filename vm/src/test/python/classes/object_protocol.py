# Default object behaviour: __eq__ by identity, __ne__ derived, __str__ -> __repr__, __format__, __init__ args.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, a.__eq__(b), a.__ne__(a), a.__eq__(a))
print(type(a.__lt__(b)).__name__, Plain.__hash__ is object.__hash__, hash(a) == hash(a))
class R:
    def __repr__(self):
        return "R-repr"
print(str(R()), f"{R()}", "%s" % R(), format(R()), [R()], format(R(), ""))
try:
    format(R(), "x")
except TypeError as e:
    print("TypeError", e)
for call in (lambda: Plain(1), lambda: Plain(a=1), lambda: object(1), lambda: object.__new__(1), lambda: object.__new__(int)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
class WithInit:
    def __init__(self, x):
        self.x = x
try:
    WithInit()
except TypeError as e:
    print("TypeError", e)
class WithNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(WithNew(1)).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(NewReturnsOther())
print(object().__class__.__name__, Plain.__name__, Plain.__qualname__, Plain.__module__, Plain.__doc__, Plain.__dict__["__module__"])
print(sorted(k for k in Plain.__dict__), "__weakref__" in Plain.__dict__, type(Plain.__dict__).__name__)
try:
    Plain.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
a.__dict__ = {"z": 26}
print(a.z)
try:
    a.__dict__ = []
except TypeError as e:
    print("TypeError", e)
a.__class__ = R
print(repr(a), type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError", e)
print(object.__reduce_ex__ is not None, Plain().__sizeof__() > 0, object.__init_subclass__() is None)
