log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
g = (v * 10 for v in src())
log.append("created")
for v in g:
    log.append(f"consume {v}")
print(log)
def first_true(it):
    for v in it:
        if v:
            return v
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(first_true(check(v) and v for v in range(10)), calls)
g = (i for i in range(3))
print(next(g), list(g), list(g))
pairs = ((a, b) for a in range(2) for b in "xy")
print(list(pairs))
