defaults = {"color": "red", "size": 10}
override = {"size": 12, "shape": "round"}
merged = {**defaults, **override}
print(merged)
print({**defaults, "color": "blue"}, {"color": "blue", **defaults})
print(defaults | override, override | defaults)
d = dict(defaults)
d |= {"new": True}
print(d)
def f(color, size, **rest):
    return color, size, rest
print(f(**merged))
try:
    f(**defaults, size=1)
except TypeError as e:
    print("TypeError:", e)
class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print({**Mapping()}, f(color=1, size=2, **Mapping()))
print(dict(**{"x": 1}, y=2), dict([("a", 1)], b=2))
