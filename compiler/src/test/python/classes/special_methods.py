class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __repr__(self): return f"Vec{tuple(self.xs)}"
    def __str__(self): return "<" + ",".join(map(str, self.xs)) + ">"
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __contains__(self, v): return v in self.xs
    def __bool__(self): return any(self.xs)
    def __call__(self, k): return Vec(*(x * k for x in self.xs))
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self): return hash(tuple(self.xs))
    def __format__(self, spec): return "|".join(format(x, spec) for x in self.xs)
v = Vec(1, 2, 3)
print(repr(v), str(v), len(v), v[1], v[-1], v[0:2], 2 in v, list(v))
v[0] = 10
del v[1]
print(v, bool(v), bool(Vec(0, 0)), v(2), v == Vec(10, 3), f"{v:03d}")
print({v: "hashable"}[Vec(10, 3)])
class Ctx:
    def __index__(self): return 2
print([1, 2, 3][Ctx()], "abc"[Ctx()], bin(Ctx()))
