def counter():
    n = 0
    def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return gen, lambda: n
g, get = counter()
print(list(g()), get())
def outer():
    value = "start"
    class Modifier:
        def change(self):
            nonlocal value
            value = "changed by method"
    Modifier().change()
    return value
print(outer())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 1
                return a
            return l3
        return l2
    f = l1()()
    f(); f()
    return a
print(deep())
def async_nonlocal():
    hits = 0
    async def bump():
        nonlocal hits
        hits += 1
    for _ in range(3):
        try:
            bump().send(None)
        except StopIteration:
            pass
    return hits
print(async_nonlocal())
