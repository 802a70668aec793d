class V:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield ("need", self.v)
        return self.v
async def compute():
    a = await V(1) + await V(2)
    b = [await V(i) for i in range(3)]
    c = {await V("k"): await V("v")}
    d = f"{await V('f')}-{await V(9)}"
    e = (await V(5)) if await V(True) else None
    g = max(await V(3), await V(7))
    return a, b, c, d, e, g
def drive(c):
    reqs = []
    try:
        while True:
            reqs.append(c.send(None))
    except StopIteration as e:
        return e.value, len(reqs)
print(drive(compute()))
async def await_lambda_result():
    f = lambda: V("lam")
    return await f()
print(drive(await_lambda_result()))
async def await_in_with_and_loop():
    total = 0
    for i in range(3):
        total += await V(i)
    while total < 10:
        total += await V(4)
    return total
print(drive(await_in_with_and_loop()))
