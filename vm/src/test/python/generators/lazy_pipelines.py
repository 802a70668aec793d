# Generator pipelines, generator expressions capturing scope, infinite generators with islice-free loops.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(take(5, squares(evens(naturals())))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
order = []
def tracer(name, it):
    for x in it:
        order.append(f"{name}:{x}")
        yield x
list(tracer("b", tracer("a", range(3))))
print(order)
x = 10
ge = (x + i for i in range(3))
x = 20
print(list(ge))
ge2 = (i for i in range(undefined_len)) if False else None
try:
    (i for i in undefined_name)
except NameError as e:
    print("NameError", e)
def lazy_error():
    yield 1
    raise ValueError("later")
it = lazy_error()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(next(it, "exhausted after error"))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc".split()), any(x > 5 for x in range(10)))
gen = (i for i in range(3))
print(list(zip(gen, gen)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], (), range(2))))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 60)])
