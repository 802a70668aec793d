# range with big values, negative steps, index/count, equality by content, slicing producing ranges.
r = range(-10, 10, 3)
print(list(r), r.index(-4), r.count(2), -4 in r, -3 in r, r[::-1], list(r[::-1]), r[1:-1:2], r[-2])
empty = range(5, 0)
print(empty, len(empty), list(empty), empty == range(0), empty == range(1, 1), empty[::-1])
big = range(-(2 ** 80), 2 ** 80, 2 ** 70)
print(big[0] == -(2 ** 80), big[-1], big.index(0), 2 ** 70 in big, 2 ** 70 + 1 in big, big[2:4])
print(range(10)[::2][::2], range(10)[1:8][::3], range(10)[-3:], range(0, -10, -1)[2:5])
print(range(3) == range(3), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2), range(1, 2, 100) == range(1, 2, 50))
print(hash(range(0, 4, 2)) == hash(range(0, 3, 2)), {range(3): "a"}[range(0, 3)])
class FloatLike:
    def __eq__(self, other):
        return other == 2
print(FloatLike() in range(5), 2.0 in range(5), 2.5 in range(5), True in range(2))
try:
    range(5).index(2.5)
except ValueError as e:
    print("ValueError", e)
print(range(5).count(2.0), range(5).count("x"), list(reversed(range(5, 0, -2))))
try:
    range(0, 10, 2 ** 100)[1]
except IndexError as e:
    print("IndexError", e)
print(len(range(0, 10, 2 ** 100)), range(0, 10, 2 ** 100)[0], repr(range(-5, -1)), str(range(0, 9, 3)))
for args in ((1, 2, 0), (None,), (1, "2"), (1.0, 2)):
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
it = iter(range(3))
print(it.__length_hint__(), next(it), it.__length_hint__())
print(sum(range(10 ** 7, 10 ** 7 + 10)), max(range(10 ** 20, 10 ** 20 + 5)), sorted(range(3), reverse=True))
