# Lambdas: defaults, keyword-only, star args, immediately called, in sort keys and closures.
sq = lambda x: x * x
add = lambda a, b=10, *rest, k=0, **kw: (a + b + sum(rest) + k, kw)
print(sq(7), add(1), add(1, 2, 3, 4, k=5, z=6), (lambda: "iife")(), (lambda *a: a)(1, 2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print((lambda x, /, y: (x, y))(1, y=2), (lambda *, k: k)(k="kw"))
try:
    (lambda x, /: x)(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    sq()
except TypeError as e:
    print("TypeError", e)
print(sq.__name__, sq.__qualname__, sq.__defaults__, add.__defaults__, add.__kwdefaults__)
y = 10
cap = lambda: y
y = 20
print(cap())
nested = lambda a: (lambda b: (lambda c: a + b + c))
print(nested(1)(2)(3))
print([f(2) for f in [lambda x, n=n: x ** n for n in range(4)]])
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
cond = lambda v: "neg" if v < 0 else "zero" if v == 0 else "pos"
print([cond(v) for v in (-1, 0, 1)])
print((lambda: (yield))().__class__.__name__)
d = {"op": lambda a, b: a - b}
print(d["op"](10, 3), (lambda: None)() is None)
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(3)]
print([m(10) for m in make_multipliers()])
def defaults_shared(x, acc={}):
    acc[x] = len(acc)
    return acc
defaults_shared("a")
print(defaults_shared("b"), defaults_shared.__defaults__)
