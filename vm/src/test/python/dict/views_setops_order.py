# Order of dict views after set operations (results are sets; printed sorted), reversed views, view repr.
d = {"one": 1, "two": 2, "three": 3}
print(d.keys(), d.values(), d.items())
print(repr(reversed(d.keys())).startswith("<dict_reversekeyiterator"), list(reversed(d.items())))
print(sorted(d.keys() - {"two"}), sorted(d.keys() | ["four"]), sorted(d.items() - {("one", 1)}), type(d.keys() & set()).__name__)
print(d.keys() == {"one", "two", "three"}, d.keys() != {"one"}, d.keys() < {"one", "two", "three", "x"}, d.items() >= {("one", 1)})
print({"a": 1}.keys() & {"a": 2}.keys(), {"a": 1}.items() & {"a": 2}.items(), {1: 2}.items() | {(3, 4)} == {(1, 2), (3, 4)})
print(len(d.keys() ^ d.keys()), bool(d.keys() & []), d.keys().isdisjoint(["x"]), d.items().isdisjoint([("one", 1)]))
try:
    d.items() & [[1]]
except TypeError as e:
    print("TypeError", e)
print(("one", [1]) in d.items() if False else ("one", 1) in d.items(), "x" in d.values() or 2 in d.values())
try:
    {1: [1]}.items() | {1}
except TypeError as e:
    print("TypeError", e)
v = d.values()
print(list(v), len(v), 3 in v, v.mapping == d, list(iter(v)), sorted(v))
d["four"] = 4
print(list(v), list(d.keys())[-1])
print(dict(zip(d.values(), d.keys())), {v: k for k, v in d.items()})
print(list(d.items())[1:3], list(map(list, d.items()))[:1], [k.upper() for k in d])
e = dict.fromkeys(range(5))
for k in list(e):
    if k % 2:
        del e[k]
print(e, list(e.keys()), list(reversed(e)))
