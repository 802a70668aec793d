class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o): return V(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o): return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k): return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __truediv__(self, k): return V(*[a / k for a in self.c])
    def __floordiv__(self, k): return V(*[a // k for a in self.c])
    def __mod__(self, k): return V(*[a % k for a in self.c])
    def __pow__(self, k): return V(*[a ** k for a in self.c])
    def __lshift__(self, k): return V(*[a << k for a in self.c])
    def __rshift__(self, k): return V(*[a >> k for a in self.c])
    def __and__(self, k): return V(*[a & k for a in self.c])
    def __or__(self, k): return V(*[a | k for a in self.c])
    def __xor__(self, k): return V(*[a ^ k for a in self.c])
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __len__(self): return len(self.c)
    def __contains__(self, x): return x in self.c
v = V(1, 2, 3)
w = V(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, w / 2, w // 2, w % 4, v ** 2)
print(v << 1, w >> 1, w & 5, v | 8, v ^ 1)
print(v == V(1, 2, 3), v != w, v < w, v > w, not (w < v), len(v), 2 in v, 9 not in v)
