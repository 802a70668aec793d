def f():
    err = None
    def record(e):
        nonlocal err
        err = e
    try:
        1 / 0
    except ZeroDivisionError as e:
        record(e)
    return type(err).__name__
print(f())
def g():
    try:
        raise ValueError("v")
    except ValueError as exc:
        handlers = [lambda: str(exc)]
        result = handlers[0]()
    try:
        handlers[0]()
    except NameError as ne:
        return result, "cell cleared:", str(ne)
print(g())
def h():
    x = 1
    def read():
        return x
    try:
        raise KeyError
    except KeyError:
        x = 2
    finally:
        x += 10
    return read()
print(h())
