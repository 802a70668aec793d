# async def coroutines driven by send(None) with a hand-written awaitable, no event loop.
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return f"resumed with {received}"
async def child(x):
    r = await Suspend(f"child {x} suspends")
    return f"child({x}) -> {r}"
async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]
c = parent()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_suspended)
print(c.send(None))
print(c.cr_await is not None, c.cr_suspended)
print(c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def thrower():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return f"handled {e!r}"
t = thrower()
t.send(None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("simple", e.value)
s2 = simple()
s2.close()
print("closed unstarted coroutine")
s3 = simple()
try:
    next(s3)
except TypeError as e:
    print("TypeError", e)
s3.close()
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)
async def not_awaitable():
    await 3
try:
    not_awaitable().send(None)
except TypeError as e:
    print("TypeError", e)
