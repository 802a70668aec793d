# __getitem__/__setitem__/__delitem__/__len__/__contains__/__iter__/__reversed__/__missing__ hooks.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        if not isinstance(key, tuple):
            raise TypeError(f"Grid indices must be tuples, not {type(key).__name__}")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key): del self.cells[key]
    def __len__(self): return len(self.cells)
    def __contains__(self, key):
        return key in self.cells
    def __iter__(self):
        return iter(sorted(self.cells))
    def __reversed__(self):
        return iter(sorted(self.cells, reverse=True))
g = Grid()
g[0, 0] = "a"; g[1, 2] = "b"
g[0, 1] = "c"
print(g[0, 0], g[5, 5], len(g), (1, 2) in g, (9, 9) in g, list(g), list(reversed(g)), bool(g))
del g[0, 0]
print(list(g))
for f in (lambda: g[1], lambda: g.__delitem__((7, 7))):
    try:
        f()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
o = OnlyGetitem()
print(list(o), 9 in o, 10 in o, list(reversed([*o])), sorted(o, reverse=True), sum(o), max(o))
try:
    reversed(o)
except TypeError as e:
    print("TypeError", e)
try:
    len(o)
except TypeError as e:
    print("TypeError", e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError", e)
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
for obj in (1, None, 3.5):
    for f in (iter, lambda o: o[0]):
        try:
            f(obj)
        except TypeError as e:
            print("TypeError", e)
