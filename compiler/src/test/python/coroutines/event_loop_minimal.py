from collections import deque
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, r):
        self.done, self.result = True, r
        for cb in self.callbacks:
            cb()
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.ready = deque()
        self.log = []
    def spawn(self, coro):
        self.ready.append((coro, None))
    def run(self):
        while self.ready:
            coro, val = self.ready.popleft()
            try:
                fut = coro.send(val)
            except StopIteration as e:
                self.log.append(f"finished {e.value}")
                continue
            fut.callbacks.append(lambda c=coro, f=fut: self.ready.append((c, f.result)))
loop = Loop()
f1 = Future()
async def waiter(name, fut):
    v = await fut
    return f"{name}:{v}"
async def setter(fut):
    fut.set_result("payload")
    return "setter"
loop.spawn(waiter("w1", f1))
loop.spawn(waiter("w2", f1))
loop.spawn(setter(f1))
loop.run()
print(loop.log)
