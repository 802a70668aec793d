registry = {}
class Reg:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def d(f):
            self.handlers[name] = f
            return f
        return d
r = Reg()
@r.on("start")
def start():
    return "starting"
@r.on("stop")
def stop():
    return "stopping"
print({k: v() for k, v in sorted(r.handlers.items())})
decos = [lambda f: (lambda: "wrapped " + f())]
@decos[0]
def f():
    return "f"
print(f())
@(lambda f: f)
def g():
    return "identity"
print(g())
flag = True
@(lambda fn: fn) if flag else None
def h():
    return "conditional decorator"
print(h())
def counted(f):
    f.calls = 0
    def inner(*a):
        inner.calls += 1
        return f(*a)
    inner.calls = 0
    return inner
@counted
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls)
