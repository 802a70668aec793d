async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen exhausted")
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended unexpectedly")
g = agen(3)
print(type(g).__name__)
print(run(g.__anext__()))
print(run(g.asend(None)))
print(run(anext(g)))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
g = echo()
print(run(g.asend(None)))
print(run(g.asend("hi")))
print(run(g.asend("there")))
print(run(g.aclose()))
try:
    run(g.asend("x"))
except StopAsyncIteration:
    print("closed agen stops")
