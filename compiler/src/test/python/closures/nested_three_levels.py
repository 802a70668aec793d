def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def outer2():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer2())
def outer3():
    x = 1
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
            return x
        return inner()
    r = middle()
    return r, x
print(outer3())
def skip_level():
    v = "v"
    def a():
        def b():
            def c():
                return v
            return c()
        return b()
    return a()
print(skip_level())
