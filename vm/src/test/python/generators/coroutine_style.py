# Generator-based coroutines (pre-async style): priming, send pipelines, throw to reset, close to finish.
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(30))
print(a.throw(ValueError), a.send(5))
a.close()
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)
p = printer(">>")
next(p)
g = grep("py", p)
next(g)
for line in ["python", "java", "pypy", "ruby"]:
    g.send(line)
def accumulate():
    items = []
    while True:
        x = yield
        if x is None:
            return items
        items.append(x)
def gather(results):
    while True:
        r = yield from accumulate()
        results.append(r)
results = []
gt = gather(results)
next(gt)
for v in (1, 2, None, "a", None):
    gt.send(v)
print(results)
def ping_pong():
    msg = "start"
    while msg != "stop":
        msg = yield f"echo:{msg}"
    return "stopped"
pp = ping_pong()
print(next(pp), pp.send("x"), pp.send("y"))
try:
    pp.send("stop")
except StopIteration as e:
    print(e.value)
