# NotImplemented returned from binary and comparison methods; Ellipsis in slicing and as a placeholder; None defaults.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v == other.v
    def __repr__(self):
        return f"Meters({self.v})"
print(Meters(1) + Meters(2), Meters(1) == Meters(1), Meters(1) == 1, Meters(1).__eq__(1), Meters(1).__add__("x"))
try:
    Meters(1) + 1
except TypeError as e:
    print("TypeError", e)
print(NotImplemented is NotImplemented, type(NotImplemented)() is NotImplemented, repr(NotImplemented), str(NotImplemented))
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[...], g[1, ...], g[..., 2], g[:, ...], ... in [...], [1, ...].index(...))
def todo():
    ...
print(todo(), ... is Ellipsis, Ellipsis.__class__.__name__, repr(Ellipsis), hash(...) == hash(Ellipsis))
def with_default(x=None, y=...):
    return ("x missing" if x is None else x, "y missing" if y is ... else y)
print(with_default(), with_default(1), with_default(y=None))
print(None.__repr__(), type(None).__name__, None.__bool__(), None.__class__ is type(None), [None].count(None))
for v in (None, ..., NotImplemented):
    print(repr(v), v == v, v is v, hash(v) == hash(v), type(v).__name__, str(v))
try:
    type(None).x = 1
except TypeError as e:
    print("TypeError", e)
try:
    None.attr = 1
except AttributeError as e:
    print("AttributeError", e)
