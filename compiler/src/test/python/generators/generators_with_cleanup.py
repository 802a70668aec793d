class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *e):
        print("exit", self.n, e[0].__name__ if e[0] else None)
def gen():
    with CM(1) as a:
        yield a
        with CM(2) as b:
            yield b
            return "ret"
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
g = gen()
next(g)
next(g)
g.close()
print("closed")
g = gen()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)
def gen_try():
    for i in range(3):
        try:
            yield i
        except KeyError:
            print("key error at", i)
            continue
        finally:
            print("finally", i)
g = gen_try()
print(next(g))
print(g.throw(KeyError))
print(next(g))
