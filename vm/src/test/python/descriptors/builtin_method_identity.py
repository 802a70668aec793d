# Bound built-in methods compare by (object, method); classmethod/staticmethod expose
# __wrapped__ as a read-only member, not a __dict__ entry; descriptor __qualname__.

l = []
print(l.append == l.append, l.append != l.append)
print(l.append == [].append, l.append == l.pop)
print(l.__add__ == l.__add__, l.__add__ == l.__mul__, l.__add__ == [].__add__)
print(hash(l.append) == hash(l.append))
print(l.__add__.__objclass__ is list, l.append.__self__ is l)
print(len == len, len != abs)
for bad in ("<", "<="):
    try:
        eval("l.append " + bad + " l.append")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len.__objclass__
except AttributeError as e:
    print("AttributeError", "__objclass__" in str(e))


def f(x):
    "f doc"
    return x


cm = classmethod(f)
sm = staticmethod(f)
print(sorted(cm.__dict__), cm.__wrapped__ is f)
print(sorted(sm.__dict__), sm.__wrapped__ is f)
try:
    cm.__wrapped__ = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(staticmethod(None).__dict__))

for d in (str.lower, complex.real, float.real, int.__add__):
    print(d.__qualname__, d.__name__, d.__objclass__.__name__)


class C:
    @classmethod
    def __new__(*args):
        return args


class D(C):
    pass


print(C(1, 2) == (C, C, 1, 2), D(3) == (D, D, 3))


class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__


a = A(1)
for op in ("a == a", "a + a"):
    try:
        eval(op)
    except TypeError as e:
        print(type(e).__name__, e)


class N(C):
    __new__ = object.__new__

    def __init__(self, x):
        self.x = x


try:
    N(1)
except TypeError as e:
    print(type(e).__name__, e)
