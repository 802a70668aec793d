class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __reduce__(self):
        return (Point, (self.x, self.y))
    def __copy__(self):
        print("copying")
        return Point(self.x, self.y)
    def __getstate__(self):
        return (self.x, self.y)
import copy, pickle
p = Point(1, 2)
print(p == Point(1, 2), p != Point(2, 1), p == "other", len({p, Point(1, 2)}))
print(copy.copy(p), copy.deepcopy([p]))
print(pickle.loads(pickle.dumps(p)))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(5), Cmp(9)))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)
print(Cmp(2) > Cmp(1))
