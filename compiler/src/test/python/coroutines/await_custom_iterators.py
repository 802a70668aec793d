class Fut:
    def __init__(self):
        self.result = None
        self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.result
async def waiter(f, name):
    v = await f
    return f"{name} got {v}"
f = Fut()
c = waiter(f, "w1")
req = c.send(None)
print(req is f)
f.result = 99
f.done = True
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
f2 = Fut()
f2.done = True
f2.result = "immediate"
c = waiter(f2, "w2")
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def not_awaitable():
    await 5
try:
    not_awaitable().send(None)
except TypeError as e:
    print("TypeError:", e)
