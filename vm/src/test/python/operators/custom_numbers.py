# A user-defined vector type implementing arithmetic, matmul, comparison, hashing, and mixed operand rules.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, a @ b, b / 2, -a, abs(b), a == Vec(1, 2), a != b, bool(Vec(0, 0)), list(a))
print({a: "a", Vec(1, 2): "same"}, sum([a, b], Vec(0, 0)), sorted([b, a], key=abs), max([a, b], key=abs))
x, y = b
print(x, y, [*a, *b], dict(zip("xy", b)))
for f in (lambda: a + 1, lambda: 1 + a, lambda: a * a, lambda: a < b, lambda: a @ 1, lambda: a // 2, lambda: "s" * a):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError", e)
