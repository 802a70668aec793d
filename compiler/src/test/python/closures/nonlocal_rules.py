def f():
    x = 1
    def g():
        nonlocal x
        x = 2
    g()
    return x
print(f())
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return [bump() for _ in range(5)]
print(counter_gen())
def shadowing():
    x = "outer"
    def g():
        x = "inner"
        return x
    return g(), x
print(shadowing())
def multi_nonlocal():
    a = b = 0
    def g():
        nonlocal a, b
        a, b = b + 1, a + 2
    g(); g()
    return a, b
print(multi_nonlocal())
def del_cell():
    x = 5
    def g():
        return x
    del x
    try:
        return g()
    except NameError as e:
        return "NameError: " + str(e)
print(del_cell())
