# isinstance/issubclass with tuples, unions, __instancecheck__/__subclasscheck__, and errors.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, (float, int))), isinstance(1, int | str), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, (B, object)), issubclass(bool, (int,)), issubclass(B, B), issubclass(int, int | None))
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), isinstance(Magic(), Magic))
print(issubclass(str, Magic), issubclass(int, Magic), issubclass(Magic, Magic))
class FakeClass:
    @property
    def __class__(self):
        return int
print(isinstance(FakeClass(), int), type(FakeClass()).__name__)
class Bases:
    __bases__ = (A,)
print(issubclass(B, B), isinstance(B(), (A,) * 3))
for f in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, "x"),
          lambda: isinstance(1, list[int]), lambda: issubclass(list, list[int]), lambda: isinstance(), lambda: isinstance(1, ())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(isinstance(type, type), isinstance(object, object), issubclass(type, object), isinstance(int, type), isinstance(A, type))
print(isinstance(1, object), isinstance(A, object), issubclass(object, object), issubclass(type, type))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float), isinstance(1j, complex))
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance("", (bytes, str)), isinstance([], (tuple, list)))
class Virtual(metaclass=Meta):
    pass
print(isinstance(5, (int, Virtual)))
