# keys/values/items views: live updates, set operations, reversed, equality, mapping attribute.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(k, v, it, len(k), len(v), len(it))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), k == {"b", "c", "d"})
print(sorted(it & {("b", 2)}), it == {("b", 2), ("c", 3), ("d", 4)}, k.isdisjoint({"q"}), k <= {"b", "c", "d", "e"})
print(v == v, d.values() == d.values(), type(k).__name__, type(v).__name__, type(it).__name__)
print(k.mapping, k.mapping is d if False else k.mapping == d)
try:
    for key in d.keys():
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d2 = {1: 1, 2: 2}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print("RuntimeError", e)
d3 = {1: 1}
try:
    for key in d3:
        d3.pop(key)
        d3[key + 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(d3)
for f in (lambda: k[0], lambda: v | {1}, lambda: hash(k)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
e = {}
print(e.keys(), e.values(), e.items(), list(iter(e.items())), dict(d.items()) == d)
x = {"z": 0, "y": 1}
print(list(x), list(zip(x.keys(), x.values())), [kv for kv in x.items()], max(x, key=x.get))
