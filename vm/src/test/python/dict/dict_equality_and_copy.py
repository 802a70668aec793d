# dict equality ignores order, copy.copy-free shallow copies, dict views equality, dict comparisons with subclasses.
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
c = dict(a)
print(a == b, a is not c, a == c, a["y"] is c["y"], list(a) != list(b))
c["y"].append(3)
print(a, b == a)
class D(dict):
    pass
print(D(x=1) == {"x": 1}, {"x": 1} == D(x=1), type(D(x=1).copy()).__name__, D(x=1) | {"y": 2}, type(D() | {}).__name__)
print({1: 1} == {1: 1.0}, {1: 1} == {1.0: 1}, {"a": float("nan")} == {"a": float("nan")})
n = float("nan")
print({"a": n} == {"a": n})
print({}.keys() == set(), {1: 2}.items() == {(1, 2)}, {1: 2}.values() == {1: 2}.values())
class EqCounter:
    calls = 0
    def __eq__(self, other):
        EqCounter.calls += 1
        return True
    def __hash__(self):
        return 1
d1 = {"k": EqCounter()}
d2 = {"k": EqCounter()}
print(d1 == d2, EqCounter.calls)
print({1: "a", 2: "b"} != {1: "a"}, {} == {}, dict() == {}, {None: None} == {None: None})
big1 = {i: str(i) for i in range(100)}
big2 = {i: str(i) for i in reversed(range(100))}
print(big1 == big2, list(big1)[:3], list(big2)[:3])
print(sorted(big1.items())[:2] == sorted(big2.items())[:2], len(big1.keys() & big2.keys()))
