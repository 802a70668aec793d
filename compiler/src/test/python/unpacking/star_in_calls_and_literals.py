def f(*args, **kw):
    return args, sorted(kw.items())
l = [1, 2]
t = (3, 4)
print(f(*l, *t, 5, *range(2)))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(*l, x=1, *t, **{"y": 2}))
print([*l, *t], (*l,), {*l, *t} == {1, 2, 3, 4})
print({**{"a": 1}, **{"b": 2}})
print(*[1, 2, 3], sep="-")
print(*"abc")
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
