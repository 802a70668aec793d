class C:
    factor = 3
    scale = lambda self, v: v * self.factor
    static = staticmethod(lambda v: v + 1)
    items = sorted([3, 1, 2], key=lambda v: -v)
print(C().scale(2), C.static(1), C.items)
handlers = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "neg": lambda a: -a,
}
print(handlers["add"](1, 2), handlers["sub"](5, 3), handlers["neg"](4))
def apply(f, *args, **kw):
    return f(*args, **kw)
print(apply(lambda *a, **k: (a, k), 1, x=2))
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
print((lambda: (lambda: (lambda: "triple"))())()())
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
