x = "global"
def f():
    x = "enclosing"
    return [x for _ in range(1)], [[x for _ in range(1)] for _ in range(1)]
print(f())
def g():
    return [(lambda: y)() for y in range(3)]
print(g())
def h():
    result = [[i * j for j in range(i)] for i in range(4)]
    return result
print(h())
def outer_iter_evaluated_in_enclosing():
    items = [1, 2, 3]
    return [i for i in items if i in items]
print(outer_iter_evaluated_in_enclosing())
class C:
    vals = [1, 2, 3]
    first = [v for v in vals]
    second = [v * w for v in vals for w in [10]]
print(C.first, C.second)
def comp_with_global():
    global gcomp
    gcomp = "before"
    return [gcomp for _ in range(1)]
print(comp_with_global())
def reuse_name():
    i = 99
    [i for i in range(3)]
    return i
print(reuse_name())
