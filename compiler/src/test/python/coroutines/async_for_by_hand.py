class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def gen(n):
    for i in range(n):
        yield chr(ord("a") + i)
async def main():
    out = []
    async for v in Counter(3):
        out.append(v)
    async for ch in gen(4):
        if ch == "c":
            continue
        out.append(ch)
    async for v in Counter(10):
        if v > 2:
            break
    else:
        out.append("no")
    async for v in Counter(1):
        pass
    else:
        out.append("else ran")
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
