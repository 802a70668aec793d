# dict() from mappings, iterables of pairs, keyword arguments, and objects with keys(); merging precedence.
class KeysOnly:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
print(dict(KeysOnly()), dict(KeysOnly(), y="kw wins"), {**KeysOnly()})
print(dict([("a", 1), ("a", 2)]), dict([["k", "v"]]), dict(["ab", "cd"]), dict(((1, 2),)), dict(zip("abc", "xyz")))
print(dict({"a": 1}, b=2, a=3), dict(**{"k": "v"}), dict([], z=0), dict(iter([(0, 0)])))
class Pairs:
    def __iter__(self):
        yield ("p", 1)
        yield ("q", 2)
print(dict(Pairs()))
for bad in ([1], [(1, 2, 3)], ["abc"], 5, [None], [{}]):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BadKeys:
    def keys(self):
        return 5
try:
    dict(BadKeys())
except TypeError as e:
    print("TypeError", e)
class KeyErrorGetitem:
    def keys(self):
        return ["missing"]
    def __getitem__(self, k):
        raise KeyError(k)
try:
    dict(KeyErrorGetitem())
except KeyError as e:
    print("KeyError", e)
d = {}
d.update(KeysOnly())
d.update([("z", 26)])
d.update(((1, "one"),), extra=True)
print(d)
print({1: "a", **{1: "b"}, 2: "c"}, {**{}, **{"x": 1}}, dict(a=1) | dict(a=2) | {"b": 3})
print(dict.fromkeys("abc", 0), dict.fromkeys(range(3)), dict.fromkeys([]), dict.fromkeys({"x": 1, "y": 2}, []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
