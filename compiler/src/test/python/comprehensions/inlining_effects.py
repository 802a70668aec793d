def f():
    x = "f-local"
    lst = [x for x in range(3)]
    return x, lst
print(f())
def g():
    return [locals() for _ in range(1)][0].keys() - {"_"}
print(sorted(g()))
def h():
    y = 1
    return [y + i for i in range(3)], [lambda: i for i in range(2)][0]()
print(h())
def uses_outer_cell():
    a = 10
    res = [a * i for i in range(3)]
    fn = lambda: a
    return res, fn()
print(uses_outer_cell())
def shadow_cell():
    i = "before"
    funcs = [lambda: i for i in range(3)]
    return i, [fn() for fn in funcs]
print(shadow_cell())
def iteration_var_unbound():
    try:
        [i for i in range(0)]
        return i
    except NameError as e:
        return "NameError " + str(e)
print(iteration_var_unbound())
def comp_in_try():
    try:
        return [1 / x for x in [1, 0]]
    except ZeroDivisionError:
        return "zde in comp"
print(comp_in_try())
