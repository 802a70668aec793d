def f():
    return (0,), (0.0,), (-0.0,), (False,), (0j,), (-0j,)
vals = f()
print(vals, [type(v[0]).__name__ for v in vals])
print([str(v[0]) for v in vals])
def g():
    return 1, 1.0, True, "1", b"1"
print(g(), [type(v).__name__ for v in g()])
def h():
    return frozenset({1, 2}) if False else {1, 1.0, True}
print(h())
def k(x):
    return x in (0.0, -0.0), x in {False}, x == -0.0
print(k(0), k(-0.0))
def nested():
    return ((1, (2.0, (-0.0, "s"))), (1, (2, (0.0, "s"))))
print(nested())
