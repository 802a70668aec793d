# type(name, bases, ns) checks the name, docstring and __slots__ as CPython does, copies an
# OrderedDict namespace in its order, and dir() follows __dict__ and __class__ as attributes.
import collections


def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("nul name", lambda: type("A\x00B", (), {}))
attempt("surrogate name", lambda: type("A\udcdcB", (), {}))
attempt("bytes name", lambda: type(b"A", (), {}))
C = type("C", (), {})
for bad in ["A\x00B", "A\udcdcB", b"A"]:
    attempt("set " + repr(bad), lambda: setattr(C, "__name__", bad))
print(C.__name__)
attempt("surrogate doc", lambda: type("A", (), {"__doc__": "x\udcdcy"}))
print(type("A", (), {"__doc__": "x\x00y"}).__doc__ == "x\x00y")


class B:
    pass


for bases, slots in [((int,), "x"), ((tuple,), ("a",)), ((bytes,), ()), ((), ("__weakref__", "__weakref__")),
                     ((B,), "__weakref__"), ((B,), "__dict__"), ((), ("__weakref__",))]:
    attempt(f"slots {[b.__name__ for b in bases]} {slots!r}", lambda: type("A", bases, {"__slots__": slots}))

od = collections.OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
print(list(type("O", (), od).__dict__.items())[:2])

A = type("A", (), {"__firstlineno__": 42})
print(A.__dict__["__firstlineno__"])
A.__module__ = "elsewhere"
print("__firstlineno__" in A.__dict__, A.__module__)


class Hidden:
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


print(dir(Hidden()))
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__))
