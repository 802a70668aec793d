# Subclassing list, dict, str, int, tuple: overridden methods are not used by other built-in methods.
class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
ll = LoudList([1])
ll.append(2)
ll.extend([3])
ll += [4]
ll[0] = 0
ll.insert(0, -1)
print(ll, type(ll + []).__name__, type(ll[:]).__name__, type(ll * 2).__name__, type(ll.copy()).__name__)
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
ld = LoudDict(a=1)
ld["b"] = 2
ld.update(c=3)
ld.setdefault("d", 4)
print(ld.get("a"), ld["a"], dict(ld), {**ld}, type(ld.copy()).__name__)
class Tup(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __repr__(self):
        return "Tup" + super().__repr__()
t = Tup(1, 2)
print(t, len(t), t[0], type(t[:1]).__name__, t + (3,), type(t + (3,)).__name__, t == (1, 2))
class Str(str):
    def __len__(self):
        return 100
    def __str__(self):
        return "Str.__str__"
s = Str("abc")
print(len(s), s.upper(), "x" + s, str(s), f"{s}", "%s" % s, print(s) or "")
class Int(int):
    def __add__(self, other):
        return "Int.__add__"
    def __str__(self):
        return "Int.__str__"
i = Int(5)
print(i + 1, 1 + i, i * 2, sum([i]), f"{i}", str(i), repr(i), i.__repr__())
class Dflt(dict):
    def __missing__(self, k):
        return k * 2
dd = Dflt()
print(dd["ab"], dd.get("ab"), "ab" in dd, dd.setdefault("q", "v"), dd)
class S2(set):
    def add(self, x):
        super().add(x * 10)
s2 = S2([1])
s2.add(2)
s2 |= {3}
print(sorted(s2), type(s2 | {0}).__name__, type(s2.union()).__name__)
