def f():
    a = 1
    b = [2]
    def g():
        return a, b
    return g
g = f()
print([c.cell_contents for c in g.__closure__])
print(g.__code__.co_freevars)
def h():
    x = 1
    def setter(v):
        nonlocal x
        x = v
    def getter():
        return x
    return setter, getter
s, gt = h()
s(42)
print(gt(), s.__closure__[0] is gt.__closure__[0])
def arg_cell(p):
    def inner():
        return p
    p = p * 2
    return inner
print(arg_cell(21)())
print(arg_cell.__code__.co_cellvars, arg_cell.__code__.co_varnames)
