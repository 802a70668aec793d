# range: construction, len, indexing, slicing, containment, count/index, equality, errors.
rs = [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 1), range(-3, 3), range(0, 2 ** 70, 2 ** 68)]
for r in rs:
    print(r, len(r), list(r)[:6], r[0] if r else None, r[-1] if r else None, bool(r))
r = range(3, 30, 4)
print(r[2:5], r[::-1], r[1::2], r[-2:], r[100:], 7 in r, 8 in r, 7.0 in r, r.index(11), r.count(15), r.count(16))
print(r.start, r.stop, r.step, range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 5))
print(hash(range(3)) == hash(range(0, 3)), list(reversed(range(4))), sum(range(101)), max(range(5)))
for f in (lambda: range(0, 5, 0), lambda: range(1.5), lambda: range("1"), lambda: range(), lambda: range(1, 2, 3, 4),
          lambda: range(5)[5], lambda: range(5).index(9), lambda: range(5)["a"], lambda: range(2) < range(3)):
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
huge = range(2 ** 100)
print(huge[-1] == 2 ** 100 - 1, (2 ** 99) in huge, huge.index(2 ** 80) == 2 ** 80)
try:
    len(huge)
except OverflowError as e:
    print("OverflowError", e)
print(repr(range(1, 5, 2)), str(range(7)), range(2, 8)[1:3], range(10)[::3])
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), list(range(I(), 0, -1)))
it = iter(range(3))
print(next(it), list(it), type(iter(range(1))).__name__ in ("range_iterator", "longrange_iterator"))
print(-1 in range(-5, 0), 0 in range(-5, 0), "a" in range(3), 3 in range(0, 10, 3))
