# vars, dir, globals, locals, callable, hasattr/getattr/setattr/delattr, type with one argument.
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(1, -2)
print(vars(p), sorted(k for k in vars(Point) if not k.startswith("__")), Point.__doc__)
print([n for n in dir(p) if not n.startswith("_")], [n for n in dir(Point) if not n.startswith("_")])
print(dir(p) == sorted(dir(p)), "__init__" in dir(p), "x" in dir(Point))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Custom()))
def f(a, b=1):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = sorted(k for k in globals() if not k.startswith("__"))
print(g)
print(sorted(k for k in globals() if k.startswith("__")))
print(callable(p), callable(Point), callable(p.norm), callable(len), callable(1), callable(lambda: 0), callable("s"))
class CallMe:
    def __call__(self):
        return "called"
print(callable(CallMe()), CallMe()())
print(hasattr(p, "x"), hasattr(p, "z"), getattr(p, "z", "dflt"), getattr(p, "norm")())
setattr(p, "z", 3)
delattr(p, "x")
print(vars(p), type(p).__name__, type(Point).__name__, type(type).__name__)
for f_ in (lambda: vars(1), lambda: vars(p, p), lambda: getattr(p), lambda: getattr(p, "q"), lambda: delattr(p, "x")):
    try:
        print(f_())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
print(len(dir()) > 0, dir(1) == dir(int), "append" in dir([]))
def scope():
    x = 1
    def inner():
        return locals()
    return inner(), sorted(locals())
print(scope())
