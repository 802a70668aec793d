class ACM:
    def __init__(self, n, log): self.n, self.log = n, log
    async def __aenter__(self):
        self.log.append(f"+{self.n}")
        return self.n
    async def __aexit__(self, *e):
        self.log.append(f"-{self.n}")
class AIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def f(log):
    async with ACM("a", log) as a:
        async for v in AIter(5):
            async with ACM(v, log):
                if v == 3:
                    return a * v
async def g(log):
    async for v in AIter(4):
        try:
            if v == 2:
                continue
            if v == 3:
                break
        finally:
            log.append(f"f{v}")
    return "g done"
for fn in (f, g):
    log = []
    try:
        fn(log).send(None)
    except StopIteration as e:
        print(fn.__name__, repr(e.value), log)
