# del of the last reference to a suspended generator closes it at once, as CPython's reference
# counts do; other references keep it alive; a for loop's own generator closes at break.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
it = g("a"); next(it)
keep = it
del it
print("after del, still referenced")
print(next(keep))
del keep
print("after last del")
def f():
    x = g("local"); next(x)
    del x
    print("local deleted")
f()
for v in g("loop"):
    print("got", v)
    break
print("after break")
def outer():
    for v in g("return"):
        return v
print("returned", outer())
def no_try():
    yield 1
plain = no_try(); next(plain)
del plain
print("no try, nothing to run")
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
s = swallow(); next(s)
del s
print("end")
