# Dict comprehension, iteration order after deletes, copy semantics, fromkeys on subclasses.
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
d[0] = "back"
print(d, list(d)[-1], len(d))
print({k: v for k, v in d.items() if isinstance(v, int) and v > 10})
print({v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()})
class D(dict):
    pass
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 1), type(D(a=1).copy()).__name__)
nested = {"l": [1]}
shallow = dict(nested)
shallow["l"].append(2)
shallow["m"] = 0
print(nested, shallow)
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(list(enumerate({"x": 1, "y": 2})), dict(enumerate("ab")), dict(zip(range(3), "abc")))
print(min({3: "a", 1: "b"}), max({3: "a", 1: "b"}.values()), sum({1: 0, 2: 0}), any({}), all({}))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
grouped = {}
for n in range(10):
    grouped.setdefault(n % 3, []).append(n)
print(grouped)
print(dict.__len__({1: 1}), {}.__contains__(1), {1: 2}.__getitem__(1), dict.__name__, dict.fromkeys(()))
e = dict(a=1)
e.__setitem__("b", 2)
e.__delitem__("a")
print(e, e.__class__.__name__, isinstance(e, dict), repr({"q": {"r": {}}}))
print(dict(sorted({"z": 1, "a": 2}.items())), list({}.items()), {None: None}, {(): ()}, {"": ""})
