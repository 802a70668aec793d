# __class_getitem__, __mro_entries__ and __orig_bases__, generic alias basics.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __getitem__(cls, item):
        return f"Meta[{item}]"
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[0])
class Proxy:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        print("mro_entries", [type(b).__name__ for b in bases])
        return (self.real,)
class Real:
    def hello(self):
        return "hello from Real"
class User(Proxy(Real)):
    pass
print(User().hello(), [c.__name__ for c in User.__mro__], type(User.__orig_bases__[0]).__name__)
class Empty:
    def __mro_entries__(self, bases):
        return ()
class Plain(Empty()):
    pass
print([c.__name__ for c in Plain.__mro__])
class BadEntries:
    def __mro_entries__(self, bases):
        return [Real]
try:
    class U2(BadEntries()): pass
except TypeError as e:
    print("TypeError", e)
try:
    type("T", (Proxy(Real),), {})
except TypeError as e:
    print("TypeError", e)
g = list[int]
print(g, g.__origin__, g.__args__, list[int] == list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(g([1, 2]), type(g([1])).__name__, isinstance([], list), list[int]().__class__.__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
try:
    int[str]
except TypeError as e:
    print("TypeError", e)
print(list[int] | None, int | str, (int | str).__args__, isinstance(1, int | str), issubclass(bool, int | None))
