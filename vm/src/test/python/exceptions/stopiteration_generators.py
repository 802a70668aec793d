# StopIteration inside generators becomes RuntimeError (PEP 479); return values; next() default.
def gen():
    yield 1
    raise StopIteration("leak")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def ret():
    yield 1
    return "value"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(iter([]), "default"), next(r, "exhausted"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
def delegator():
    result = yield from ret()
    yield f"got {result}"
print(list(delegator()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), [x for x in It()], sum(It()))
def listcomp_stop():
    return [x for x in (1, 2) if next(iter([]), None) is None]
print(listcomp_stop())
def inner_stop():
    yield next(iter([]))
try:
    list(inner_stop())
except RuntimeError as e:
    print("RuntimeError", e)
async def coro():
    raise StopIteration
c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
