def sub(n):
    total = 0
    for i in range(n):
        got = yield i
        total += got or 0
    return total
def main():
    results = []
    for n in (2, 3):
        r = yield from sub(n)
        results.append(r)
    return results
g = main()
out = [next(g)]
try:
    while True:
        out.append(g.send(10))
except StopIteration as e:
    print(out, e.value)
def gen_returns_gen():
    return (yield from (x for x in range(2)))
g = gen_returns_gen()
print(list(g))
def yield_from_returns_none():
    r = yield from []
    yield r
print(list(yield_from_returns_none()))
