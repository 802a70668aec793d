# Cells: closure cells shared between functions, cell_contents errors, types of cells.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
set_(10)
print(get(), get.__closure__[0] is set_.__closure__[0], get.__closure__[0].cell_contents)
cell = get.__closure__[0]
cell.cell_contents = 99
print(get(), type(cell).__name__)
del cell.cell_contents
try:
    get()
except NameError as e:
    print("NameError", e)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError", e)
def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs], fs[0].__closure__[0] is fs[2].__closure__[0]
print(loop_closures())
def comprehension_closure():
    return [(lambda: x)() for x in range(3)], [f() for f in [lambda: x for x in range(3)]]
print(comprehension_closure())
def class_cell():
    class A:
        def m(self):
            return __class__
    return A().m() is A, A.m.__closure__[0].cell_contents is A
print(class_cell())
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
inn = outer()
print(inn(), inn.__code__.co_freevars, [c.cell_contents for c in inn.__closure__])
def rebind():
    x = "first"
    f = lambda: x
    x = "second"
    return f()
print(rebind())
c1 = (lambda: None).__closure__
print(c1)
x = 5
def uses_global():
    return x
print(uses_global.__closure__, uses_global.__code__.co_freevars)
