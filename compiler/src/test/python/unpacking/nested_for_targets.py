pairs = [((1, 2), [3, 4]), ((5, 6), [7, 8])]
for (a, b), [c, d] in pairs:
    print(a, b, c, d)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
matrix = [[1, 2, 3], [4, 5, 6]]
for first, *others in matrix:
    print(first, others)
class Obj:
    pass
o = Obj()
for o.attr in range(3):
    pass
print(o.attr)
store = {}
for store["k"] in "abc":
    pass
print(store)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
print([a * b for a, b in zip(range(4), range(4, 8))])
print({k: v for (k, v), _ in zip([("a", 1), ("b", 2)], range(2))})
