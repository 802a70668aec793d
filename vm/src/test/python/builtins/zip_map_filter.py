# zip (strict), map with several iterables, filter with None, enumerate start, reversed.
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
print(list(zip("ab", [1, 2], strict=True)))
for args in (("abc", [1, 2]), ("ab", [1, 2, 3]), ("a", "b", "cd")):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError", e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20, 30], [100, 200])))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)), list(enumerate("x", -1)), list(enumerate("y", 2 ** 70)))
print(list(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})), list(reversed({}.values())))
for f in (lambda: zip(1), lambda: map(len), lambda: list(map(len, [1])), lambda: filter(1, 2), lambda: enumerate(1),
          lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: zip("a", strict=1) and "ok", lambda: enumerate("a", "b"),
          lambda: list(zip("a", bogus=True))):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError", e)
print(next(m))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])), [list(t) for t in zip(*[[1, 2], [3, 4]])])
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
