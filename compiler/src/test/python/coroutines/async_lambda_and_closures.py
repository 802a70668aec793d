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
def make_async_adder(n):
    async def add(x):
        return await Ready(x) + n
    return add
add5 = make_async_adder(5)
print(run(add5(10)))
async def outer():
    total = 0
    async def inner(v):
        nonlocal total
        total += await Ready(v)
    for i in range(4):
        await inner(i)
    return total
print(run(outer()))
async def comp_closure():
    base = 100
    return [await Ready(base + i) for i in range(3)]
print(run(comp_closure()))
async def nested_async_gen():
    async def agen():
        for i in range(2):
            yield await Ready(i * 7)
    return [v async for v in agen()]
print(run(nested_async_gen()))
