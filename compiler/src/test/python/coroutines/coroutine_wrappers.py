import functools
class Await:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r
def logged(coro_fn):
    @functools.wraps(coro_fn)
    async def wrapper(*a):
        print("start", coro_fn.__name__, a)
        r = await coro_fn(*a)
        print("end", coro_fn.__name__, r)
        return r
    return wrapper
@logged
async def double(x):
    got = await Await(x)
    return got * 2
def drive(c, reply):
    r = c.send(None)
    print("yielded", r)
    try:
        c.send(reply)
    except StopIteration as e:
        return e.value
print(drive(double(21), 21))
class AsyncMethod:
    async def m(self, v):
        return await Await(v)
    @classmethod
    async def cm(cls):
        return cls.__name__
    @staticmethod
    async def sm():
        return "static"
o = AsyncMethod()
print(drive(o.m("mv"), "reply"))
for c in (AsyncMethod.cm(), AsyncMethod.sm()):
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
