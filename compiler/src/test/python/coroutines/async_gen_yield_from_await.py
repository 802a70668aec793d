class Pause:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got
async def agen():
    x = await Pause("p1")
    yield f"first {x}"
    y = await Pause("p2")
    yield f"second {y}"
def drive(aw, replies):
    replies = iter(replies)
    trace = []
    try:
        r = aw.send(None)
        while True:
            trace.append(r)
            r = aw.send(next(replies))
    except StopIteration as e:
        return trace, e.value
    except StopAsyncIteration:
        return trace, "StopAsyncIteration"
g = agen()
print(drive(g.__anext__(), ["A"]))
print(drive(g.__anext__(), ["B"]))
print(drive(g.__anext__(), []))
async def collect():
    return [v async for v in agen()]
print(drive(collect(), ["r1", "r2"]))
