class ACM:
    def __init__(self, swallow):
        self.swallow = swallow
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print("aexit got", et.__name__ if et else None)
        return self.swallow
class BadAexit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return "not awaitable"
async def main():
    async with ACM(True):
        raise ValueError("swallowed")
    try:
        async with ACM(False):
            raise ValueError("kept")
    except ValueError as e:
        print("propagated", e)
    try:
        async with BadAexit():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)
    return "end"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
