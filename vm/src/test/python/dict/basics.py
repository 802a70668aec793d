# dict creation, order, access, deletion, get/pop/setdefault/popitem/update, errors.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
del d["a"]
d["a"] = 100
print(d, d.pop("b"), d.pop("zz", "dflt"), d.setdefault("c", 0), d.setdefault("new", []), d)
d.setdefault("new").append(1)
print(d, d.popitem(), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ("x", 10)])
d.update(w=4)
print(d)
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
for f in (lambda: d["missing"], lambda: {}.popitem(), lambda: d.pop("missing"), lambda: {[]: 1},
          lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: d.update(1),
          lambda: {}.get(), lambda: d[[1]], lambda: dict({}, {}), lambda: d.setdefault()):
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    {}[None]
except KeyError as e:
    print("KeyError", e)
e = {1: "a", 2: "b"}
e2 = e.copy()
e2[3] = "c"
e.clear()
print(e, e2, e2 == {3: "c", 2: "b", 1: "a"}, e2 != {1: "a"}, {1: 1} == {1: 1.0})
try:
    {} < {}
except TypeError as ex:
    print("TypeError", ex)
print(dict.fromkeys(range(3), []), {**{"a": 1}, "b": 2, **{"a": 3}}, {k: k * k for k in range(4)})
