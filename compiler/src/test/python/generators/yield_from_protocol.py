class Sub:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        if len(self.log) > 3:
            raise StopIteration("sub-done")
        return len(self.log)
    def send(self, v):
        self.log.append(f"send {v}")
        return f"sent {v}"
    def throw(self, *a):
        self.log.append("throw")
        return "threw"
    def close(self):
        self.log.append("close")
s = Sub()
def deleg():
    r = yield from s
    yield f"result {r}"
g = deleg()
print(next(g), g.send("x"), g.throw(ValueError), next(g))
g.close()
print(s.log)
def plain_iter():
    r = yield from [1, 2]
    return r
g = plain_iter()
print(list(g))
def deleg_send_to_list():
    yield from [1, 2]
g = deleg_send_to_list()
next(g)
try:
    g.send("not none")
except AttributeError as e:
    print("AttributeError:", e)
