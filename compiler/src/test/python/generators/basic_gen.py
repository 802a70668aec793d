def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def with_return():
    yield 1
    return "done"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def empty():
    return
    yield
print(list(empty()))
def infinite():
    n = 0
    while True:
        yield n
        n += 2
import itertools
print(list(itertools.islice(infinite(), 5)))
print(sum(x * x for x in range(10)))
