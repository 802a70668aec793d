x = 0
def outer():
    x = 1
    def mid():
        global x
        x = 2
        def inner():
            return x
        return inner()
    r = mid()
    return r, x
print(outer(), x)
def outer2():
    y = 1
    def mid():
        nonlocal y
        y += 10
        def inner():
            nonlocal y
            y += 100
        inner()
    mid()
    return y
print(outer2())
def g_in_loop():
    global total
    total = 0
    for i in range(5):
        total += i
g_in_loop()
print(total)
def read_global_in_comp():
    return [x + i for i in range(3)]
print(read_global_in_comp())
