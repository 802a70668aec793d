async def agen(n):
    for i in range(n):
        yield i
class Val:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
async def coro(v):
    return v * 100
async def main():
    a = [x async for x in agen(4)]
    b = {x: x * x async for x in agen(3)}
    c = {x % 2 async for x in agen(5)}
    d = [await coro(x) for x in range(3)]
    e = [x async for x in agen(10) if x % 3 == 0]
    f = [(x, y) async for x in agen(2) for y in range(2)]
    g = (x * 2 async for x in agen(3))
    h = [v async for v in g]
    return a, b, sorted(c), d, e, f, h
c = main()
try:
    c.send(None)
except StopIteration as ex:
    for part in ex.value:
        print(part)
