# dict error messages and edge cases: KeyError texts, unhashable keys, update/fromkeys/pop signature errors.
d = {"a": 1}
checks = [
    lambda: d["b"], lambda: d[0], lambda: d[(1, 2)], lambda: d[None], lambda: d[""], lambda: d[[]], lambda: d.pop("x"),
    lambda: d.pop(), lambda: d.pop("a", 1, 2), lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.update([1]),
    lambda: d.update([("a",)]), lambda: d.update(1, 2), lambda: dict.fromkeys(), lambda: dict.fromkeys(1),
    lambda: d.setdefault([], 1), lambda: d.__getitem__(), lambda: {}.popitem(), lambda: d.keys(1),
    lambda: dict(a=1, **{"a": 2}), lambda: dict([("a", 1)], [("b", 2)]), lambda: d | None, lambda: d.copy(1),
    lambda: d.__delitem__("zz"), lambda: d.__setitem__({}, 1), lambda: dict(["ab", "c"]), lambda: dict(["abc"]),
    lambda: d < d, lambda: sorted({1: 1, "a": 2}), lambda: d.values()[0], lambda: d.items() | 1,
]
for c in checks:
    try:
        print(repr(c()))
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
class K(dict):
    def __missing__(self, key):
        raise LookupError(f"custom missing {key!r}")
try:
    K()["q"]
except LookupError as e:
    print(type(e).__name__, e)
print(K().get("q", "get ignores __missing__"), "q" in K())
try:
    raise KeyError("message with 'quotes'")
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)))
