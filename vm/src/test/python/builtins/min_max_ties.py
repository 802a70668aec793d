# min/max return the first of equal elements; key functions called once per element; iterables consumed once.
class Item:
    def __init__(self, name, score):
        self.name, self.score = name, score
    def __repr__(self):
        return self.name
items = [Item("a", 3), Item("b", 5), Item("c", 5), Item("d", 1), Item("e", 1)]
calls = []
def score(i):
    calls.append(i.name)
    return i.score
print(max(items, key=score), min(items, key=score), calls)
print(max([1, 1.0, True]), min([1.0, 1, True]), max([True, 1]), type(max([True, 1])).__name__)
print(max("aAbB", key=str.lower), min("aAbB", key=str.lower), max(["x", "xx", "yy"], key=len))
print(max((1, "b"), (1, "a")), min([[], [0]]), max({"b": 1, "a": 2}), min(range(5, 0, -1)))
it = iter([3, 1, 2])
print(max(it), list(it))
print(max(3, 1, 2), min(3, 1, 2, key=lambda x: -x), max([], default="empty"), min((), key=len, default=0))
print(sorted(items, key=score)[:2], sorted(items, key=score, reverse=True)[:2])
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: x % 4))
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan, 1]))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0, 0.0), min(0.0, 0))
