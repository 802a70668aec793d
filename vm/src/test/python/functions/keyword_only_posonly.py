# Parameter kinds combined: positional-only with defaults, keyword-only without defaults, name reuse in **kwargs.
def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return a, b, c, d, e, kw
print(f(1, d=4), f(1, 20, 30, d=40, e=50), f(1, c=7, d=8), f(1, d=4, a="in kwargs", b="also"))
for call in (lambda: f(d=1), lambda: f(1, 2, 3, 4), lambda: f(1, b=2, d=3) if False else f(1, 2, c=3), lambda: f(1),
             lambda: f(1, 2, 3, d=4, c=5)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def only_pos(x, y, /):
    return x - y
print(only_pos(5, 3))
for call in (lambda: only_pos(x=5, y=3), lambda: only_pos(5, y=3), lambda: only_pos(5)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def only_kw(*, x, y=0):
    return x + y
print(only_kw(x=1), only_kw(y=2, x=3))
for call in (lambda: only_kw(1), lambda: only_kw(), lambda: only_kw(x=1, z=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def star_only(*args):
    return args
print(star_only(), star_only(*range(3)), star_only(*"ab", *[1]))
try:
    star_only(a=1)
except TypeError as e:
    print("TypeError", e)
def kw_any(**kw):
    return sorted(kw.items())
print(kw_any(), kw_any(**{"b": 2, "a": 1}), kw_any(**{"with space": 1}))
try:
    kw_any(1)
except TypeError as e:
    print("TypeError", e)
import_free = f.__code__
print(import_free.co_argcount, import_free.co_posonlyargcount, import_free.co_kwonlyargcount, import_free.co_varnames[:6])
