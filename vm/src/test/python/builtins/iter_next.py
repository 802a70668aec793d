# iter() with a sentinel, next() with defaults, iterator exhaustion, callable iterators.
data = [3, 1, 4, 0, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
ci = iter(tick, 4)
print(callable(ci.__next__), list(ci), list(ci), counter)
chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(chunks.__next__, "")))
for bad in ((5, 0), (1,), ("abc", 1)):
    try:
        iter(*bad)
    except TypeError as e:
        print("TypeError", e)
print(next(iter([]), None), next(iter("ab")), next(iter({"k": 1})), next(iter(range(3, 5))))
e = iter([1])
print(next(e), next(e, "done"), next(e, "still done"))
for f in (lambda: next(e), lambda: next([1]), lambda: next(e, 1, 2)):
    try:
        f()
    except (StopIteration, TypeError) as err:
        print(type(err).__name__, err)
def raises_stop():
    raise StopIteration
def raises_value():
    raise ValueError("inside callable")
print(list(iter(lambda: 1, 1)))
try:
    list(iter(raises_value, None))
except ValueError as err:
    print("ValueError", err)
try:
    print(list(iter(raises_stop, None)))
except StopIteration:
    print("StopIteration leaked")
li = iter([1, 2, 3])
print(li.__length_hint__(), next(li), li.__length_hint__(), list(li), li.__length_hint__())
ri = reversed([1, 2, 3])
print(ri.__length_hint__(), list(ri))
print(iter(it) is it, iter(iter([])).__class__ is type(iter([])), hasattr(iter(""), "__next__"), hasattr(iter({}), "__length_hint__"))
print(list(iter(set())), list(iter(b"ab")), list(iter(range(1))), list(iter({1: 2}.items())))
