def f():
    x = 1
    lst = [lambda: x for x in range(3)]
    return x, [g() for g in lst]
print(f())
def g():
    funcs = [lambda: y for y in range(2)]
    y = "after"
    return [fn() for fn in funcs], y
print(g())
def h():
    a = [lambda: z for z in range(2)]
    def inner():
        return z
    z = "outer z"
    return [fn() for fn in a], inner()
print(h())
def k():
    res = [[lambda: (i, j) for j in range(2)] for i in range(2)]
    return [[fn() for fn in row] for row in res]
print(k())
def m():
    i = "outer"
    gen = (lambda: i for i in range(2))
    return [fn() for fn in gen], i
print(m())
