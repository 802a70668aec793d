print(None, True, False, ..., Ellipsis, NotImplemented)
print(type(None).__name__, type(...).__name__, ... is Ellipsis)
print(True + True, False * 10, True / 2, int(True), str(False))
print(__debug__)
x = None
print(x is None, x == None, bool(None), bool(...))
def f(a=None, b=True, c=...):
    return a, b, c
print(f())
print([None] * 3, (True,) * 2)
