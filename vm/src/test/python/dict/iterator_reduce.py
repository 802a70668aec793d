# Pickling support of the dict, set and range iterators: __reduce__ lists what is left
# without consuming the iterator; range iterators reduce to a range and take __setstate__.

d = {"a": 1, "b": 2, "c": 3}
for make in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()),
             lambda: reversed(d), lambda: reversed(d.items())):
    it = make()
    next(it)
    r = it.__reduce__()
    print(r[1], list(it))
    print("  exhausted", it.__reduce__()[1])

s = {1, 2, 3}
it = iter(s)
first = next(it)
rest = it.__reduce__()[1][0]
print("set", sorted(rest + [first]), len(list(it)))

d2 = {1: 1}
it = iter(d2)
d2[2] = 2
try:
    it.__reduce__()
except RuntimeError as e:
    print(type(e).__name__, e)

for args in [(5,), (2, 20, 3), (10, 0, -2), (2**64, 2**64 + 5), (0,)]:
    it = iter(range(*args))
    next(it, None)
    r = it.__reduce__()
    print(r[1], r[2], type(it) is type(iter(range(0))))

for state in (-3, 2, 50):
    it = iter(range(10, 20))
    it.__setstate__(state)
    print("range setstate", state, list(it))
it = iter(range(2**70, 2**70 + 4))
it.__setstate__(2)
print("long range setstate", [x - 2**70 for x in it])

# Whether the iterator is the short one depends on start + len * step fitting a C long.
M = 2**63
for args in [(M - 2, M - 1, 2), (0, M - 1), (-M, -M + 5), (1, 2, M - 1)]:
    print(args, type(iter(range(*args))) is type(iter(range(0))))

# setdefault looks the key up once: __eq__ runs once.
class Key:
    calls = 0
    def __hash__(self):
        return 1
    def __eq__(self, other):
        Key.calls += 1
        return self is other

d3 = {Key(): "a"}
d3.setdefault(Key(), "b")
print("eq calls", Key.calls, len(d3))
