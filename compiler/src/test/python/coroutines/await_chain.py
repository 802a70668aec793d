class Sleep:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        yield ("sleep", self.tag)
        return self.tag.upper()
async def leaf(tag):
    r = await Sleep(tag)
    return r + "!"
async def middle():
    a = await leaf("a")
    b = await leaf("b")
    return a + b
async def top():
    parts = [await middle(), await leaf("c")]
    return "-".join(parts)
def drive(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, steps
print(drive(top()))
async def no_await():
    return 42
print(drive(no_await()))
async def awaits_coroutine_object():
    c = no_await()
    return await c
print(drive(awaits_coroutine_object()))
