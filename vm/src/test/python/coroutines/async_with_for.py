# async with and async for on hand-written classes, driven without an event loop.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Yielder:
    def __await__(self):
        yield "tick"
class ACM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    async def __aenter__(self):
        print("aenter", self.name)
        await Yielder()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return self.swallow
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Yielder()
        return self.i
async def main():
    async with ACM("a") as x, ACM("b") as y:
        print("body", x, y)
    async with ACM("swallow", swallow=True):
        raise ValueError("hidden")
    total = 0
    async for i in ARange(4):
        total += i
    else:
        print("async for else")
    return total
print(run(main()))
async def errors():
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        async for _ in 5:
            pass
    except TypeError as e:
        print("TypeError", e)
    class NoAnext:
        def __aiter__(self):
            return self
    try:
        async for _ in NoAnext():
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        with ACM("sync"):
            pass
    except TypeError as e:
        print("TypeError", e)
run(errors())
async def propagate():
    async with ACM("prop"):
        raise KeyError("out")
try:
    run(propagate())
except KeyError as e:
    print("KeyError", e)
