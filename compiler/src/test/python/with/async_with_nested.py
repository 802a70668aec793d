class Log:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        print("aenter", self.n)
        return self.n
    async def __aexit__(self, *e):
        print("aexit", self.n, e[0].__name__ if e[0] else None)
        return e[0] is KeyError
class Sync:
    def __enter__(self):
        print("sync enter")
    def __exit__(self, *e):
        print("sync exit")
async def main():
    async with Log(1) as a:
        with Sync():
            async with Log(2) as b:
                print("body", a + b)
    async with Log(3):
        raise KeyError("swallowed")
    for i in range(2):
        async with Log(10 + i):
            if i == 0:
                continue
            break
    try:
        async with Log(4):
            raise ValueError("kept")
    except ValueError:
        print("ValueError propagated")
    return "done"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
