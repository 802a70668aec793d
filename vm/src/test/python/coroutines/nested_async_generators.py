# Async generators delegating to others (no yield from allowed), asend values, aclose in finally, athrow handling.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def numbers(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("numbers received", received)
    finally:
        print("numbers finally")
async def doubled(n):
    inner = numbers(n)
    try:
        async for x in inner:
            yield x * 2
    finally:
        await inner.aclose()
async def collect(agen):
    return [x async for x in agen]
print(run(collect(doubled(3))))
async def driver():
    g = numbers(5)
    first = await g.asend(None)
    second = await g.asend("hello")
    await g.aclose()
    return first, second
print(run(driver()))
async def throws():
    g = numbers(3)
    await g.__anext__()
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as e:
        return f"propagated {e}"
print(run(throws()))
async def early_exit():
    agen = doubled(10)
    async for x in agen:
        if x >= 4:
            break
    print("closing explicitly")
    await agen.aclose()
    return x
print(run(early_exit()))
async def gen_with_return_value():
    yield 1
try:
    compile("async def g():\n    yield from []\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
async def ag():
    yield 1
a = ag()
print(a.ag_code.co_name, a.__qualname__, a.ag_running)
run(a.aclose())
