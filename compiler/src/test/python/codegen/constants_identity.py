def f():
    return (1, 2, 3)
def g():
    return (1, 2, 3)
print(f() == g(), f() is f())
def h():
    a = "interned_string"
    b = "interned_string"
    return a is b
print(h())
def consts():
    return None, True, False, ..., 0, 0.0, -0.0, 0j, "", b"", (), frozenset() if False else None
print(consts())
def negzero():
    return 0.0, -0.0
a, b = negzero()
print(a, b, str(b), 1 / b if False else "skip", [x.hex() for x in (a, b)])
def same_values():
    return 1, 1.0, True
print(same_values(), [type(v).__name__ for v in same_values()])
def tuple_consts():
    return ((1, 2), (1.0, 2.0), (True, False))
print(tuple_consts())
print(f.__code__.co_consts[-1] if f.__code__.co_consts else None)
