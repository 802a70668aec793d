# Error messages for bad calls: missing, extra, unexpected and duplicate arguments.
def f(a, b, c=3):
    return a, b, c
def kw(a, *, b, c=1):
    return a, b, c
def po(a, b, /, c):
    return a, b, c
def star(*args, **kwargs):
    return args, kwargs
def none():
    return 0
class C:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
    @classmethod
    def k(cls, x):
        return x
calls = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4), lambda: f(1, 2, a=1),
         lambda: f(1, b=2, b2=3), lambda: kw(1), lambda: kw(1, 2), lambda: kw(1, 2, b=3), lambda: kw(b=1),
         lambda: po(1, 2), lambda: po(a=1, b=2, c=3), lambda: po(1, b=2, c=3), lambda: none(1), lambda: none(x=1),
         lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.s(), lambda: C.k(1, 2), lambda: C().m(y=1),
         lambda: star(**{1: 2}), lambda: f(*5), lambda: f(**[1]), lambda: f(1, *[2], **{"b": 3}),
         lambda: f(**{"a": 1}, **{"a": 2}), lambda: (lambda x: x)(), lambda: (lambda *, k: k)(1),
         lambda: kw(1, b=2, d=5, e=6), lambda: f(1, 2, 3, 4, 5)]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(e)
print(f(1, 2), f(1, c=5, b=2), kw(1, b=2), po(1, 2, c=3), star(1, x=2), star(*"ab", **{"k": 1}))
def g(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(g(1, d=4), g(1, 2, 3, 4, 5, d=6, z=7), g(1, b=9, d=0))
print(po(1, 2, 3), star(a=1, b=2))
def h(a, a2=None, *, k):
    pass
for bad in (lambda: h(), lambda: h(1, 2, 3), lambda: h(1, 2, 3, k=1)):
    try:
        bad()
    except TypeError as e:
        print(e)
