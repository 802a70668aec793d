# await inside various expressions: comprehensions, conditionals, f-strings, arguments, nested coroutines.
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "tick"
        return self.v
async def double(x):
    return await Tick(x) * 2
async def main():
    a = [await double(i) for i in range(3)]
    b = {i: await Tick(i * i) for i in range(3)}
    c = await double(1) if await Tick(True) else None
    d = f"{await Tick('in f-string')}!"
    e = max(await Tick(3), await Tick(7))
    f = (await Tick(1)) + (await Tick(2)) * (await Tick(3))
    g = [x async for x in agen() if await Tick(x % 2)]
    return a, b, c, d, e, f, g
async def agen():
    for i in range(5):
        yield await Tick(i)
print(run(main()))
async def nested(n):
    if n == 0:
        return "bottom"
    return f"{n}>" + await nested(n - 1)
print(run(nested(5)))
trace = []
class Traced:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        trace.append(f"suspend {self.name}")
        yield
        trace.append(f"resume {self.name}")
        return self.name
async def ordered():
    return [await Traced("a"), await Traced("b")]
print(run(ordered()), trace)
