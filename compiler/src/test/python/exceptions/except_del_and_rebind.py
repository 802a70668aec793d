def f():
    try:
        raise ValueError("a")
    except ValueError as e:
        del e
    return "deleted inside handler ok"
print(f())
def g():
    try:
        raise ValueError("b")
    except ValueError as e:
        e = "rebound"
        kept = e
    return kept, "e" in locals()
print(g())
def h():
    try:
        raise KeyError("c")
    except KeyError as err:
        def show():
            return repr(err)
        captured = show()
    try:
        show()
    except NameError as ne:
        return captured, str(ne)
print(h())
def k():
    exc = None
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError as exc:
            pass
    try:
        return exc
    except UnboundLocalError as u:
        return f"UnboundLocalError: {u}"
print(k())
