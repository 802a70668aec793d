# dict | and |=, ordering after updates, dict subclasses with __missing__, equality across orders.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
a |= b
print(a)
a |= [("w", 0)]
print(a)
for f in (lambda: a | [("q", 1)], lambda: a | 1, lambda: [1] | a):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello world":
    c[ch] += 1
print(c, type(c | {}).__name__, c.get("zz"), c["zz"], "zz" in c)
class Default(dict):
    def __missing__(self, key):
        self[key] = value = [key]
        return value
dd = Default()
dd["a"].append(1)
print(dd, dd.get("b"), dict(dd))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) != list({2: "b", 1: "a"}))
o = {}
for i in (5, 3, 9, 1):
    o[i] = str(i)
o.pop(3)
o[3] = "again"
print(o, list(o.items())[0], next(iter(o)), next(reversed(o)))
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["a"] = 1
u.update(b=2)
print(u, Upper(c=3), dict.__repr__(u))
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
print(list(Ordered(b=1, a=2)), dict(Ordered(b=1, a=2)), {**Ordered(b=1, a=2)})
print({} | {}, {1: 1} | {1: 2}, dict.__or__({1: 1}, {2: 2}), dict.__or__({}, 5))
