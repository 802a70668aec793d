def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2))
def fresh(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(fresh(1), fresh(2))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def uses_default(v=next_id()):
    return v
print(uses_default(), uses_default(), counter)
def f(a, b=1, *, c=2):
    pass
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (100,)
def g(a=1, b=2):
    return a, b
g.__defaults__ = (10, 20)
print(g())
def h(*, k=lambda: "default lambda"):
    return k()
print(h(), h(k=lambda: "given"))
