def g():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "value on close"
it = g()
next(it)
print("close returned:", it.close())
def h():
    yield 1
    yield 2
it = h()
print(it.close())
print(list(it))
def with_finally():
    try:
        yield 1
    finally:
        print("finalizing")
it = with_finally()
next(it)
del it
print("after del")
