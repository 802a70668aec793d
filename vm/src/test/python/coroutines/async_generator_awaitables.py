# Async generators' awaitables: asend (__anext__) and athrow (aclose) as separate types with
# CPython's states and messages, StopAsyncIteration/StopIteration raised inside, throw() into a
# fresh step, anext() with a default, aclose after exhaustion.
import asyncio, types
async def f():
    raise StopAsyncIteration
    yield
async def g():
    raise StopIteration
    yield
async def main():
    for fn in (f, g):
        try:
            await fn().__anext__()
        except Exception as e:
            print(type(e).__name__, e, type(e.__cause__).__name__)
    async def h():
        try:
            yield 1
        finally:
            print('cleanup')
    a = h()
    print(await a.__anext__())
    await a.aclose()
    print(await a.aclose())
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    b = h()
    print(await b.asend(None))
    try:
        await b.athrow(ValueError('x'))
    except ValueError as e:
        print('athrow', e)
    c = h()
    s, t = c.asend(None), c.athrow(ValueError)
    print(type(s).__name__, type(t).__name__, await s, c.ag_running)
    try:
        await t
    except ValueError:
        print('thrown in, cleanup ran')
    for awaitable in (s, t):
        try:
            awaitable.send(None)
        except RuntimeError as e:
            print(e)
    # athrow/asend started on a fresh generator: the throw meets it at its first line.
    try:
        h().__anext__().throw(KeyError('k'))
    except KeyError as e:
        print('KeyError', e)
    async def k():
        yield 1
        yield 2
    res = [x async for x in k()]
    print(res, await anext(k()), await anext(k().__aiter__(), 'd'))
    e = k()
    async for x in e:
        break
    await e.aclose()
    print(e.ag_running, e.ag_frame)
asyncio.run(main())
