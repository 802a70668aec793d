log = []
def src(name, it):
    log.append(f"iter {name}")
    return it
def cond(v):
    log.append(f"cond {v}")
    return v % 2 == 0
print([v for v in src("outer", range(4)) if cond(v)])
print(log)
log.clear()
g = (v for v in src("gen", range(2)))
log.append("gen created")
print(list(g), log)
log.clear()
try:
    g = (v for v in src("bad", 5))
except TypeError as e:
    print("TypeError at creation:", e, log)
log.clear()
res = [(a, b) for a in src("A", range(2)) for b in src("B", range(2))]
print(res, log)
