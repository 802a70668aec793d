# Special methods are looked up on the type, not the instance; instance attributes are ignored.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
C.__len__ = lambda self: 7
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError", e)
class D:
    pass
d = D()
d.__add__ = lambda other: "instance add"
try:
    d + 1
except TypeError as e:
    print("TypeError", e)
D.__add__ = lambda self, other: f"class add {other}"
print(d + 1)
D.__eq__ = lambda self, other: True
print(d == 5, D.__hash__ is object.__hash__)
class G:
    def __getattr__(self, name):
        print("getattr", name)
        if name == "__len__":
            return lambda: 3
        raise AttributeError(name)
g = G()
try:
    len(g)
except TypeError as e:
    print("TypeError", e)
print(g.__len__())
class Iter:
    pass
it = Iter()
it.__iter__ = lambda: iter([1])
try:
    iter(it)
except TypeError as e:
    print("TypeError", e)
Iter.__iter__ = lambda self: iter([1, 2])
print(list(it))
class Call:
    pass
cl = Call()
cl.__call__ = lambda: "no"
try:
    cl()
except TypeError as e:
    print("TypeError", e)
class Bool:
    __bool__ = lambda self: False
print(bool(Bool()), "yes" if Bool() else "no")
class Hashy:
    pass
h = Hashy()
h.__hash__ = lambda: 1
print(hash(h) != 1 or "coincidence")
