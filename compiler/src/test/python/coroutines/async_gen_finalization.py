async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async for v in agen():
        print("v", v)
        break
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    print("explicit aclose done")
    return "ok"
print(run(main()))
async def ret_in_agen():
    yield 1
    return
g = ret_in_agen()
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("stop")
