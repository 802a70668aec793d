class AIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def genexp_with_await():
    g = (await Ready(i * 2) for i in range(3))
    return type(g).__name__, [v async for v in g]
print(run(genexp_with_await()))
async def genexp_async_for():
    g = (i async for i in AIter(3))
    return type(g).__name__, [v async for v in g]
print(run(genexp_async_for()))
async def sync_genexp_in_async():
    g = (i * 3 for i in range(3))
    return type(g).__name__, list(g)
print(run(sync_genexp_in_async()))
