# asyncio's Future and Task (the _asyncio classes where there are some): states, callbacks,
# cancellation with a message, eager tasks, the task registries and errors.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")
loop = asyncio.new_event_loop()

fut = loop.create_future()
print(fut._state, fut.done(), fut.cancelled(), fut._callbacks)
try:
    fut.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
fut.add_done_callback(lambda f: print("callback saw", f.result(), var.get()))
var.set("later")
print(len(fut._callbacks), fut.remove_done_callback(print))
fut.set_result(42)
try:
    fut.set_result(1)
except asyncio.InvalidStateError as e:
    print("again:", e)
loop.run_until_complete(asyncio.sleep(0))
print(fut._state, fut.result(), repr(fut))

bad = loop.create_future()
bad.set_exception(StopIteration)
print(type(bad.exception()).__name__, type(bad.exception().__cause__).__name__)

c = loop.create_future()
print(c.cancel("why"), c.cancel(), c.cancelled())
try:
    c.result()
except asyncio.CancelledError as e:
    print("CancelledError", e.args)


async def child(n):
    await asyncio.sleep(0)
    return n * 10


async def sleeper():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("sleeper cancelled with", e.args, asyncio.current_task().cancelling())
        raise


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks(), type(me.get_coro()).__name__)
    t = asyncio.create_task(child(4), name="kid")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(s.cancel("stop"), s.cancelling())
    try:
        await s
    except asyncio.CancelledError as e:
        print("awaiting it raised", e.args, s.cancelled())
    print(s.uncancel(), s.cancelling())
    loop.set_task_factory(asyncio.eager_task_factory)
    e = asyncio.create_task(child(7))
    print("eager done at once:", e.done(), e.result() if e.done() else None)
    e2 = asyncio.create_task(child(8))
    loop.set_task_factory(None)
    print(await e2)
    try:
        await asyncio.create_task(asyncio.sleep(0, result=1)).set_result(3)
    except RuntimeError as err:
        print("RuntimeError:", err)
    print(await asyncio.gather(child(1), child(2), return_exceptions=True))


loop.run_until_complete(main())
loop.close()
