# *args/**kwargs collection, unpacking in calls, keyword-only after *args, kwargs order.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(*[1, 2], *(3,), **{"x": 1}, y=2, **{"z": 3}))
print(collect(*"ab", *range(2)), collect(**dict(b=1, a=2)), collect(*[], **{}))
def mid(a, *rest, last):
    return a, rest, last
print(mid(1, last=2), mid(1, 2, 3, last=4), mid(*range(5), last=None))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print(collect(**Mapping()))
def gen():
    yield 1
    yield 2
print(collect(*gen()), collect(*{3: 0}), collect(*b"ab"))
for bad in (lambda: collect(**{"a": 1}, a=2), lambda: collect(*1), lambda: collect(**1), lambda: collect(**{"a": 1}, **{"a": 2})):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults(b=3, a=4))
def posonly_kw(a, /, **kw):
    return a, kw
print(posonly_kw(1, a=2))
first, *middle, final = [1, 2, 3, 4, 5]
print(first, middle, final, [*range(3), *"xy"], {*()}, (*[1], *[2]), {**{"a": 1}, "b": 2})
def ret_many():
    return 1, 2, 3
a, b, c = ret_many()
print(a + b + c, [*ret_many()], max(*ret_many()), print(*ret_many(), sep="-"))
print(collect(1, *(), 2, **{}, k=3))
