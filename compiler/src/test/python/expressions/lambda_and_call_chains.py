ops = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
v = 3
for op in ops:
    v = op(v)
print(v)
from functools import reduce, partial
print(reduce(lambda acc, f: f(acc), ops, 3))
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)("1010"))
print((lambda *fs: lambda x: reduce(lambda a, f: f(a), fs, x))(str.upper, str.strip)("  hi  "))
class Chain:
    def __init__(self, v=0): self.v = v
    def add(self, n): return Chain(self.v + n)
    def mul(self, n): return Chain(self.v * n)
    def __repr__(self): return f"Chain({self.v})"
print(Chain().add(2).mul(5).add(1).mul(2))
print("-".join(map(str, filter(lambda n: n % 2, map(lambda n: n * 3, range(6))))))
