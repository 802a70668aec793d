# Rich comparison: reflection (< swaps to >), == fallback to identity, chaining, total-order gaps.
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"C({self.v}).__lt__")
        return NotImplemented if not isinstance(other, C) else self.v < other.v
    def __gt__(self, other):
        print(f"C({self.v}).__gt__")
        return NotImplemented
    def __eq__(self, other):
        print(f"C({self.v}).__eq__")
        return NotImplemented
class D(C):
    def __gt__(self, other):
        print(f"D({self.v}).__gt__")
        return True
print(C(1) < C(2))
print(C(1) < D(2))
print(C(1) > C(2) if False else "skip")
print(C(1) == C(1))
c = C(5)
print(c == c, c != c)
try:
    C(1) > 5
except TypeError as e:
    print("TypeError", e)
try:
    5 <= C(1)
except TypeError as e:
    print("TypeError", e)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return self.n < other.n
a, b, c2 = Loud(1), Loud(2), Loud(0)
print(a < b < c2)
print(a < b and b < c2)
class NeOnly:
    def __eq__(self, other):
        return "eq-result"
print(NeOnly() != NeOnly(), NeOnly() == 1, 1 == NeOnly(), [NeOnly()] == [NeOnly()] if False else "skip")
class Truthless:
    def __eq__(self, other):
        return Boom()
class Boom:
    def __bool__(self):
        raise RuntimeError("no truth")
x = Truthless()
try:
    [x].index(Truthless())
except RuntimeError as e:
    print("RuntimeError", e)
print([x] == [x], x in [x])
for a_, b_ in ((1, None), ("a", 1), ([], ()), ({}, {}), (1j, 2j), (object(), object())):
    try:
        print(a_ < b_)
    except TypeError as e:
        print("TypeError", e)
print(1 < 2 > 1, 1 == 1.0 == True, "a" < "b" < "c" != "c", 3 > 2 > 2)
print(None is None is not False, (1 < 2) < 3, 1 in [1] in [[1]])
