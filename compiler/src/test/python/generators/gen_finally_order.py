log = []
def g():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                log.append(f"inner finally {i}")
    finally:
        log.append("outer finally")
for v in g():
    log.append(f"got {v}")
    if v == 1:
        break
print(log)
log.clear()
def g2():
    try:
        yield 1
        return 5
    finally:
        log.append("g2 finally")
it = g2()
next(it)
try:
    next(it)
except StopIteration as e:
    log.append(f"stop {e.value}")
print(log)
def g3():
    try:
        yield 1
    finally:
        return "override"
it = g3()
next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print("finally return swallowed exception:", e.value)
