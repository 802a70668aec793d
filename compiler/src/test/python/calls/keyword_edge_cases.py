def f(a, b, *, c=3):
    return a, b, c
print(f(b=1, a=2), f(1, b=2, c=4))
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
def g(*args, **kwargs):
    return args, kwargs
print(g(**{"a-b": 1, "if": 2}))
print(g(*[1], **{}))
def h(self, *args, **kw):
    return self, args, kw
print(h(1, self=2) if False else "self kw skipped")
try:
    h(1, self=2)
except TypeError as e:
    print("TypeError:", e)
def kwdefaults(*, a=1, b):
    return a, b
print(kwdefaults(b=2))
print(sorted.__name__, sorted([2, 1], key=None, reverse=False))
