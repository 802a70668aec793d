# throw() and close() propagating through several levels of yield from, with handlers at different levels.
def leaf():
    try:
        yield "leaf-1"
        yield "leaf-2"
    except KeyError:
        yield "leaf caught KeyError"
    finally:
        print("leaf finally")
def middle():
    try:
        result = yield from leaf()
        yield f"middle got {result}"
    except ValueError:
        yield "middle caught ValueError"
    finally:
        print("middle finally")
def top():
    try:
        yield from middle()
    except TypeError:
        yield "top caught TypeError"
for exc in (KeyError("k"), ValueError("v"), TypeError("t"), IndexError("i")):
    g = top()
    print(next(g))
    try:
        print(g.throw(exc))
    except Exception as e:
        print("escaped:", type(e).__name__)
    g.close()
    print("--")
g = top()
next(g)
g.close()
print("closed at top")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("inner saw GeneratorExit")
        raise
def delegates():
    try:
        yield from catches_exit()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise
d = delegates()
next(d)
d.close()
