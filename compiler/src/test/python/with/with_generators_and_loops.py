from contextlib import contextmanager
log = []
@contextmanager
def section(name):
    log.append(f"+{name}")
    yield name
    log.append(f"-{name}")
def gen():
    with section("gen"):
        yield 1
        yield 2
g = gen()
print(next(g), log)
print(next(g), log)
print(next(g, "done"), log)
log.clear()
g = gen()
next(g)
g.close()
print("after close", log)
log.clear()
def loop_with():
    for i in range(3):
        with section(f"s{i}"):
            if i == 1:
                continue
            log.append(f"body{i}")
    return log
print(loop_with())
