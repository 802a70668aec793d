def g():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"caught {e}"
        else:
            yield f"else {i}"
print(list(g()))
def g2():
    try:
        yield 1
    except Exception as e:
        print("g2 caught", type(e).__name__)
        raise
x = g2()
next(x)
try:
    x.throw(IndexError("idx"))
except IndexError as e:
    print("reraised", e)
def g3():
    yield 1
    1 / 0
    yield 2
x = g3()
print(next(x))
try:
    next(x)
except ZeroDivisionError:
    print("zde from generator")
print(next(x, "exhausted after error"))
