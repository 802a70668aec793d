class Tick:
    def __init__(self, n): self.n = n
    def __await__(self):
        v = yield ("tick", self.n)
        return v
async def producer():
    for i in range(3):
        got = await Tick(i)
        yield (i, got)
def drive_step(aw, answer):
    out = []
    v = None
    while True:
        try:
            req = aw.send(v)
        except StopIteration as e:
            return e.value, out
        out.append(req)
        v = answer
g = producer()
for k in range(3):
    print(drive_step(g.__anext__(), f"ans{k}"))
try:
    drive_step(g.__anext__(), None)
except StopAsyncIteration:
    print("exhausted")
