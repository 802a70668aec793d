# Attributes of type objects: __name__/__qualname__ assignment, __doc__, __dict__, __bases__ assignment.
class A:
    "doc A"
    x = 1
class B:
    y = 2
class C(A):
    pass
print(C.__name__, C.__qualname__, C.__doc__, A.__doc__, C.__module__, C.__bases__, C.__base__)
C.__name__ = "Renamed"
C.__qualname__ = "Outer.Renamed"
print(C.__name__, C.__qualname__, repr(C).endswith("Outer.Renamed'>"))
for attr, val in (("__name__", 5), ("__qualname__", None), ("__name__", "bad\x00name")):
    try:
        setattr(C, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
C.__bases__ = (B,)
print(C.y, hasattr(C, "x"), [k.__name__ for k in C.__mro__])
try:
    C.__bases__ = ()
except TypeError as e:
    print("TypeError", e)
try:
    C.__bases__ = (int,)
except TypeError as e:
    print("TypeError", e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError", e)
try:
    int.new_attr = 1
except TypeError as e:
    print("TypeError", e)
try:
    list.append = None
except TypeError as e:
    print("TypeError", e)
print(type(A.__dict__).__name__, "x" in A.__dict__, A.__dict__["x"], type(A.__doc__).__name__)
print(int.__name__, int.__qualname__, int.__module__, type.__module__, len.__module__, len.__qualname__, str.upper.__qualname__)
print(type(object.__doc__).__name__, int.__flags__ > 0, type(object.__dict__).__name__)
class WithAnn:
    a: int
    b: str = "s"
print(WithAnn.__annotations__, WithAnn.b, hasattr(WithAnn, "a"))
print(A.__mro__, type(A.__mro__).__name__, A.mro(), type(A.mro()).__name__)
print(sorted(A.__dict__.keys() - {"__dict__", "__weakref__", "__doc__", "__module__", "__firstlineno__", "__static_attributes__"}))
