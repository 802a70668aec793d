# Coroutine misuse errors: awaiting non-awaitables, reusing finished coroutines, send non-None first, throw into unstarted.
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def value(v):
    return v
async def main():
    results = [await value(i) for i in range(3)]
    return results
print(drive(main()))
c = value(1)
try:
    c.send("not None")
except TypeError as e:
    print("TypeError", e)
c.close()
c2 = value(2)
try:
    c2.throw(KeyError("into unstarted"))
except KeyError as e:
    print("KeyError", e)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
c3 = value(3)
print(drive(c3))
try:
    drive(c3)
except RuntimeError as e:
    print("RuntimeError", e)
async def awaits(x):
    return await x
for bad in (None, 1, "s", [1], value):
    co = awaits(bad)
    try:
        drive(co)
    except TypeError as e:
        print("TypeError", e)
async def returns_generator():
    def gen():
        yield 1
    return gen()
print(type(drive(returns_generator())).__name__)
inner_coro = value(5)
class AwaitReturnsCoroutine:
    def __await__(self):
        return inner_coro
co = awaits(AwaitReturnsCoroutine())
try:
    drive(co)
except TypeError as e:
    print("TypeError", e)
inner_coro.close()
print(type(value).__name__)
cw = value(7)
it = cw.__await__()
try:
    next(it)
except StopIteration as e:
    print("via __await__:", e.value)
