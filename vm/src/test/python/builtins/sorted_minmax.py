# sorted/min/max with key and default, errors for empty input and bad arguments.
words = ["pear", "Apple", "fig", "banana", "kiwi"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len), min(3, 1, 2), max(3, 1, 2, key=lambda x: -x))
print(min([], default="empty"), max((), default=None), min([5], default=0), max("abc"), min(b"xyz"))
print(min([(1, "b"), (1, "a")]), max([[1, 2], [1, 3]]), min({3: "a", 1: "b"}), max(range(10), key=lambda x: x % 4))
print(max([1, 2, 3], key=None), min(1, 2, key=None), max([0.5, 1, True]), min([-0.0, 0.0]), max([0.0, -0.0]))
print(max([2, 3, 3], key=lambda x: x // 3), min(["bb", "aa", "b"], key=len))
for f in (lambda: min([]), lambda: max(()), lambda: min(1), lambda: max(1, 2, default=0), lambda: min(), lambda: max([1, "a"]),
          lambda: min([1], key=5), lambda: max([1], bogus=1), lambda: sorted([1], key=lambda: 0), lambda: min(1, 2, 3, key=len)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted({"b": 1, "a": 2}, key=lambda k: -ord(k)), sorted(range(5), reverse=True), sorted(x % 3 for x in range(7)))
print(sorted([3, 1, 2], key=lambda x: 0), sorted(["b", "A", "a", "B"], key=lambda s: (s.lower(), s)))
class Rec:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Rec({self.n})"
print(min([Rec(3), Rec(1)], key=lambda r: r.n), max([Rec(3), Rec(5)], key=lambda r: r.n))
try:
    min([Rec(1), Rec(2)])
except TypeError as e:
    print("TypeError", e)
print(max(iter([4, 8, 2])), min(x * x for x in range(-3, 3)), max("hello", "world", "zz", key=len))
