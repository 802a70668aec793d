def f(x, *args, key="k", **kw):
    def inner():
        return x, args, key, kw
    x = x * 2
    args = args + ("added",)
    key = key.upper()
    kw["new"] = True
    return inner()
print(f(1, 2, 3, key="q", extra=0))
def g(a, b):
    funcs = [lambda: a, lambda: b]
    a, b = b, a
    return [fn() for fn in funcs]
print(g("A", "B"))
def h(n):
    def rec(k):
        return 0 if k == 0 else n + rec(k - 1)
    return rec(n)
print(h(5))
def arg_deleted(x):
    def show():
        return x
    del x
    try:
        return show()
    except NameError as e:
        return f"NameError: {e}"
print(arg_deleted(1))
class C:
    def method(self, value):
        def get():
            return self, value
        value += 1
        return get()[1]
print(C().method(41))
