class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("c", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with ACM("d"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", e)
    return "main done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
