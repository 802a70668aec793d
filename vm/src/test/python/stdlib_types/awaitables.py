# Awaitable protocol details: __await__ returning iterators, generator-based awaitables, coroutine attributes.
import types
def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return trace, e.value
class Ready:
    def __await__(self):
        return iter(())
class Twice:
    def __await__(self):
        yield "one"
        yield "two"
        return "twice done"
async def main():
    a = await Ready()
    b = await Twice()
    return a, b
print(run(main()))
@types.coroutine
def legacy():
    v = yield "legacy yield"
    return "legacy result"
async def uses_legacy():
    return await legacy()
print(run(uses_legacy()))
async def f():
    pass
co = f()
print(co.cr_code.co_name, co.cr_frame.f_code.co_name, co.cr_origin, bool(co.cr_code.co_flags & 0x80))
co.close()
async def g():
    await f()
gc_ = g()
print(run(gc_))
class AwaitRaises:
    def __await__(self):
        raise ValueError("await failed")
        yield
async def h():
    try:
        await AwaitRaises()
    except ValueError as e:
        return f"caught {e}"
print(run(h()))
async def double_await():
    c = f()
    await c
    try:
        await c
    except RuntimeError as e:
        return f"RuntimeError {e}"
print(run(double_await()))
class AwaitGen:
    def __await__(self):
        return (x for x in ("g1", "g2"))
async def uses_gen():
    return await AwaitGen()
print(run(uses_gen()))
print(types.CoroutineType.__name__, type(f).__name__, f.__code__.co_flags & 0x80 != 0)
