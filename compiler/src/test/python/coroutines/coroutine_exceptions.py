class Pause:
    def __await__(self):
        yield "pause"
async def fails():
    await Pause()
    raise ValueError("coroutine failed")
async def catches():
    try:
        await fails()
    except ValueError as e:
        return f"caught: {e}"
def drive(c):
    out = []
    try:
        while True:
            out.append(c.send(None))
    except StopIteration as e:
        return e.value, out
print(drive(catches()))
async def finally_in_coro():
    try:
        await Pause()
        return "ret"
    finally:
        print("coro finally")
print(drive(finally_in_coro()))
async def raise_stopiteration():
    raise StopIteration
try:
    drive(raise_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e)
async def group():
    try:
        await Pause()
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("value part")
    except* KeyError:
        print("key part")
    return "grouped"
print(drive(group()))
