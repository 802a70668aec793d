# tuple construction, indexing, slicing, methods, comparison, hashing and errors.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[0], t[-1], t[2:5], t[::-2], t.count(1), t.index(1), t.index(1, 2), t.index(5, -5, -1))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), tuple(x * x for x in range(4)))
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1,) * 0, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print((1, "a") == (1, "a"), (1, [2]) == (1, [2]), hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()))
for f in (lambda: t[8], lambda: t["0"], lambda: t.index(7), lambda: hash((1, [2])), lambda: t + [1],
          lambda: (1, "a") < ("a", 1), lambda: t.__setitem__(0, 1), lambda: tuple(5), lambda: (1,) * "2",
          lambda: t.index(1, "x"), lambda: tuple(1, 2)):
    try:
        print(f())
    except (IndexError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
a, *rest = t
*init, last = t
x, (y, z) = 1, (2, 3)
print(a, rest, init, last, x, y, z)
try:
    p, q = t
except ValueError as e:
    print("ValueError", e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    p, *q, r = (1,)
except ValueError as e:
    print("ValueError", e)
nested = ((1, 2), (3, (4, (5,))))
print(nested, nested[1][1][1][0], repr((1,)), str(("a", 'b"')), ((),), (((),),))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, 2), (1, 3)]), min((5, 1), (5,)))
class T(tuple):
    def total(self):
        return sum(self)
tt = T([1, 2, 3])
print(tt, tt.total(), type(tt[1:]).__name__, type(tt + tt).__name__, tt == (1, 2, 3), type(tt).__name__)
print(t.__len__(), t.__contains__(9), 9 in t, 10 not in t, list(reversed(t)), tuple(reversed(())))
