# Function and class annotations (3.13 evaluates them eagerly), __annotations__ mutability, lambda has none.
def f(a: int, b: "forward" = 1, *args: str, c: list[int] = None, **kw: dict) -> tuple:
    return a
print(f.__annotations__)
f.__annotations__["a"] = float
print(f.__annotations__["a"].__name__)
f.__annotations__ = {"new": 1}
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)
del f.__annotations__
print(f.__annotations__)
g = lambda x: x
print(g.__annotations__)
class C:
    x: int
    y: str = "y"
    z = 3
print(C.__annotations__, "x" in C.__dict__, C.y)
counter = [0]
def side():
    counter[0] += 1
    return int
def h(a: side(), b: side()) -> side():
    pass
print(counter, h.__annotations__["return"].__name__)
x: int = 5
y: "str"
print(__annotations__ if False else sorted(globals().get("__annotations__", {})))
def local_ann():
    v: int = 1
    w: str
    return v
print(local_ann(), local_ann.__code__.co_varnames)
class D(C):
    w: float
print(D.__annotations__, C.__annotations__)
def complex_ann(a: 1 + 2, b: [1, 2][0], c: (lambda: "lam")()):
    pass
print(complex_ann.__annotations__)
