# __reduce__ and __setstate__ of the sequence iterators (what pickle and copy use).
builtin_iter = iter


def show(label, it):
    r = it.__reduce__()
    print(label, r[0] is builtin_iter, r[0] is reversed, r[1:])


it = iter([10, 20, 30])
show("list fresh", it)
next(it)
show("list advanced", it)
list(it)
show("list exhausted", it)

it = iter((1, 2, 3))
next(it)
show("tuple", it)
it.__setstate__(5)
print("tuple clamped", list(it))

for v in (-2, 0, 2, 9):
    it = iter([1, 2, 3])
    it.__setstate__(v)
    print("list setstate", v, list(it))

for v in (-2, 1, 9):
    it = reversed([1, 2, 3])
    it.__setstate__(v)
    print("reversed setstate", v, list(it))
it = reversed([1, 2, 3])
next(it)
show("reversed", it)
list(it)
show("reversed exhausted", it)

it = iter("héllo")
next(it)
show("str", it)
it.__setstate__(3)
print("str rest", list(it))
list(it)
show("str exhausted", it)

for b in (b"xyz", bytearray(b"xyz")):
    it = iter(b)
    next(it)
    show("bytes", it)
    list(it)
    show("bytes exhausted", it)

try:
    iter([]).__setstate__(1.5)
except TypeError as e:
    print(type(e).__name__, e)


class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)


it = iter(Seq())
it.__setstate__(-7)
print("getitem iterator", next(it), next(it))
print(it.__reduce__()[2])
list(it)
print(it.__reduce__()[1])

it = iter(lambda: 1, 2)
print("callable", it.__reduce__()[1][1])
it = iter(lambda: 1, 1)
list(it)
print("callable exhausted", it.__reduce__()[1])
