import types, inspect
async def ag():
    v = yield 1
    print("ag received", v)
    try:
        yield 2
    except KeyError:
        yield "keyerror handled"
    yield 3
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<StopAsyncIteration>"
g = ag()
print(inspect.isasyncgen(g), inspect.isasyncgenfunction(ag), type(g.__aiter__()) is type(g))
print(step(g.asend(None)), step(g.asend("hello")), step(g.athrow(KeyError)), step(g.asend(None)))
print(step(g.asend(None)))
print(g.ag_running, g.ag_frame, g.ag_await)
g2 = ag()
print(step(g2.aclose()), step(g2.asend(None)))
print(ag.__code__.co_flags & inspect.CO_ASYNC_GENERATOR != 0)
aw = g2.asend(None)
print(type(aw).__name__)
aw.close()
