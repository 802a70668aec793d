def f():
    try:
        raise ValueError("try")
    finally:
        raise KeyError("finally")
try:
    f()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
def g():
    try:
        return "value"
    finally:
        try:
            raise ValueError
        except ValueError:
            print("handled inside finally")
print(g())
def h():
    for i in range(2):
        try:
            pass
        finally:
            try:
                raise TypeError(i)
            except TypeError as t:
                print("loop finally handled", t)
    return "h done"
print(h())
