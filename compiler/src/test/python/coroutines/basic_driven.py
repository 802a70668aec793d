class Yield:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got
async def add(a, b):
    x = await Yield(a)
    y = await Yield(b)
    return x + y
c = add("first", "second")
print(type(c).__name__)
print(c.send(None))
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("result", e.value)
def run(coro):
    value = None
    trace = []
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value, trace
        trace.append(req)
        value = req * 2 if isinstance(req, int) else req
async def compute():
    a = await Yield(1)
    b = await Yield(a + 1)
    return a + b
print(run(compute()))
