# Return values of generators through StopIteration.value, yield from results, and list() discarding them.
def gen_ret(n):
    for i in range(n):
        yield i
    return f"returned after {n}"
g = gen_ret(2)
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        out.append(e.value)
        break
print(out)
print(list(gen_ret(3)))
def collector():
    a = yield from gen_ret(1)
    b = yield from gen_ret(0)
    return [a, b]
c = collector()
print(next(c))
try:
    next(c)
except StopIteration as e:
    print(e.value)
def returns_none():
    yield 1
    return
r = returns_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print(repr(e.value), e.args)
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
def returns_exception():
    return StopIteration("inner")
    yield
try:
    next(returns_exception())
except StopIteration as e:
    print(repr(e.value))
def sum_sent():
    total = 0
    while (x := (yield)) is not None:
        total += x
    return total
s = sum_sent()
next(s)
for v in (1, 2, 3):
    s.send(v)
try:
    s.send(None)
except StopIteration as e:
    print("total", e.value)
