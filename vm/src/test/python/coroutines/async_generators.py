# Async generators driven by hand: __anext__, asend, athrow, aclose, async for in a coroutine.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen exhausted")
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))
a = agen(2)
print(type(a).__name__, a.__name__, a.ag_running, type(a.__anext__()).__name__ if False else "skip")
print(run(a.__anext__()), run(a.__anext__()))
try:
    run(a.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
async def echo():
    got = []
    try:
        while True:
            x = yield len(got)
            got.append(x)
    except ValueError as e:
        yield f"thrown {e}"
    finally:
        print("echo finally", got)
e = echo()
print(run(e.asend(None)), run(e.asend("a")), run(e.asend("b")), run(e.athrow(ValueError("v"))))
run(e.aclose())
print("closed")
async def comprehension():
    return [x async for x in agen(2)], [x async for x in agen(4) if x > 10]
print(run(comprehension()))
async def with_return():
    yield 1
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
async def uses_anext():
    it = agen(2)
    first = await anext(it)
    second = await anext(it, "dflt")
    third = await anext(it, "dflt")
    return first, second, third
print(run(uses_anext()))
try:
    anext(5)
except TypeError as e:
    print("TypeError", e)
try:
    aiter(5)
except TypeError as e:
    print("TypeError", e)
ag = agen(1)
print(aiter(ag) is ag)
run(ag.aclose())
