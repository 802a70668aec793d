import inspect, types
async def f():
    return 1
c = f()
print(inspect.iscoroutine(c), inspect.iscoroutinefunction(f), inspect.isawaitable(c))
print(c.cr_running, c.cr_await, type(c.cr_frame).__name__)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(bool(f.__code__.co_flags & inspect.CO_COROUTINE))
@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return v
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send("back")
except StopIteration as e:
    print("got", e.value)
