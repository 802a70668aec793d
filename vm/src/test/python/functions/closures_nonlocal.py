# Closures, nonlocal, cells, late binding, __closure__ contents.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def make():
    def get():
        return value
    try:
        get()
    except NameError as e:
        print("NameError", e)
    value = 5
    return get()
print(make())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 1
unbound()
def cellmod():
    a = 1
    def f():
        return a
    del a
    try:
        f()
    except NameError as e:
        print("NameError", e)
cellmod()
g = 10
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
def shadow():
    g = "local"
    return g, globals()["g"]
print(shadow())
x = 0
class Scope:
    x = 1
    y = [x for _ in range(2)]
    z = (lambda: x)()
print(Scope.y, Scope.z)
