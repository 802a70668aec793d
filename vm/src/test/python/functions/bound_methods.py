# Bound and unbound methods: __self__/__func__, equality, methods of builtins, method caching absence.
class K:
    def m(self, x=0):
        return (type(self).__name__, x)
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
k1, k2 = K(), K()
bm = k1.m
print(bm(), bm(5), bm.__self__ is k1, bm.__func__ is K.m, bm.__name__, bm.__qualname__, bm.__doc__)
print(k1.m == k1.m, k1.m == k2.m, k1.m != k2.m)
print(K.m(k1, 1), K.m(42, 2) if False else K.m.__get__(k1)(3))
lm = [].append
print(lm.__name__, lm.__self__, lm.__qualname__, len.__self__.__name__)
s = "abc"
up = s.upper
print(up(), up.__self__ is s, str.upper("q"), str.__dict__["upper"] is str.upper)
print(dict.fromkeys.__self__ is dict, int.from_bytes.__self__ is int)
try:
    bm.new_attr = 1
except AttributeError as e:
    print("AttributeError", e)
K.m.tag = "on function"
print(bm.tag, k2.m.tag)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError", e)
try:
    K.m()
except TypeError as e:
    print("TypeError", e)
methods = [k1.m, k2.m, k1.m]
print(len(set(map(id, methods))) >= 2, methods.count(k1.m))
def free(self):
    return "free called with " + type(self).__name__
K.free = free
print(k1.free(), K.free(k2))
k1.inst_func = free
try:
    k1.inst_func()
except TypeError as e:
    print("TypeError", e)
print(k1.inst_func(k1))
class Callable:
    def __call__(self, obj):
        return "callable object as attribute does not bind"
K.c = Callable()
print(k1.c(1))
print(type(k1.__init__).__name__, type(k1.m).__name__, type(K.m).__name__)
