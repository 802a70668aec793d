for v in [0, 1, -1, 2.5, True, False, 10**20]:
    print(repr(v), -v, +v, not v)
print(~5, ~-1, -(-3), --3, not not 0)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __bool__(self): return False
u = U()
print(-u, +u, ~u, not u)
x = 3
print(-x ** 2, (-x) ** 2)
