import functools
def trace(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print(f"call {f.__name__}{a}")
        r = f(*a, **k)
        print(f"ret {r}")
        return r
    return wrapper
@trace
def add(a, b):
    """adds"""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("there"))
order = []
def mark(tag):
    order.append(f"eval {tag}")
    def d(f):
        order.append(f"apply {tag}")
        return f
    return d
@mark("outer")
@mark("inner")
def target():
    pass
print(order)
