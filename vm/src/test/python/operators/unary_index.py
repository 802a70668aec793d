# Unary operators, __index__ for sequences/bin/hex/slices, __int__/__float__ conversions, abs/neg/pos/invert.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
    def __abs__(self):
        return abs(self.v)
    def __repr__(self):
        return f"Num({self.v})"
    def __index__(self):
        return self.v
    def __int__(self):
        return 1000
    def __float__(self):
        return 0.5
n = Num(3)
print(-n, +n, ~n, abs(Num(-4)), int(n), float(n), complex(n) if False else "skip", operator_like := n.__index__())
print([1, 2, 3, 4][Num(1)], "abcdef"[Num(1):Num(4)], bin(n), hex(n), oct(n), range(10)[Num(2)], round(2.5555, n))
print([0] * n, "x" * n, b"y" * n, (1,) * n, list(range(n)))
print(n.__index__(), int.__index__(5), (5).__index__(), True.__index__())
for f in (lambda: -object(), lambda: +"a", lambda: ~1.5, lambda: abs("x"), lambda: n.v.__class__ and [1].__getitem__(1.0), lambda: "ab"[None:1.5]):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class IntOnly:
    def __int__(self):
        return 7
print(int(IntOnly()))
for f in (lambda: [1, 2][IntOnly()], lambda: hex(IntOnly()), lambda: range(IntOnly())):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class BoolIndex:
    def __index__(self):
        return True
print([9, 8][BoolIndex()])
class HugeIndex:
    def __index__(self):
        return 2 ** 100
for f in (lambda: [1][HugeIndex()], lambda: "a" * HugeIndex(), lambda: range(HugeIndex())[5]):
    try:
        print(f())
    except (IndexError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(-(-5), +(-5), ~~5, - -5.5, -(2 ** 64), ~(2 ** 64), not not 0, -True, +False)
print(abs(-2 ** 64), abs(-0.0), abs(3 - 4j), abs(True))
