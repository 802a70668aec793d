def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=1, c=3, b=0, z=1))
def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, c=3, a=5)
except TypeError as e:
    print("TypeError:", e)
def kwonly(*, x, y=1):
    return x + y
print(kwonly(x=5), kwonly(y=2, x=1))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
def po_kwargs(a, /, **kw):
    return a, kw
print(po_kwargs(1, a=2))
