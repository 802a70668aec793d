def g():
    yield 1
it = g()
try:
    it.send(5)
except TypeError as e:
    print("TypeError:", e)
print(it.send(None))
def running():
    yield it2.send(None)
it2 = running()
try:
    next(it2)
except ValueError as e:
    print("ValueError:", e)
def closes_self():
    yield 1
    yield 2
c = closes_self()
next(c)
c.close()
c.close()
print(list(c), next(c, "closed-default"))
def throw_after_done():
    yield 1
t = throw_after_done()
list(t)
try:
    t.throw(KeyError("late"))
except KeyError as e:
    print("late throw raises immediately:", e)
