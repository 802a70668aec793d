def gen_factory(limit):
    def gen():
        i = 0
        while i < limit:
            yield i
            i += 1
    return gen
g5 = gen_factory(5)
print(list(g5()), list(gen_factory(2)()))
def stateful():
    state = []
    def push(v):
        state.append(v)
        yield from state
    return push
p = stateful()
print(list(p(1)), list(p(2)), list(p(3)))
def accum():
    total = 0
    def g():
        nonlocal total
        while True:
            v = yield total
            total += v
    gen = g()
    next(gen)
    return gen, lambda: total
gen, get = accum()
gen.send(5); gen.send(10)
print(get())
