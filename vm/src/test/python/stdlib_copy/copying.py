# copy.copy and copy.deepcopy with nesting, shared references, cycles, and __copy__/__deepcopy__ hooks.
import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(100)
print(a, s, d, s[1] is a[1], d[1] is a[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, cc)
class Hooked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__")
        return Hooked(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo))
h = Hooked([1])
h2, h3 = copy.copy(h), copy.deepcopy(h)
print(h2.v is h.v, h3.v is h.v, h3.v == h.v)
class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = "p"
p = Plain()
p2 = copy.deepcopy(p)
p3 = copy.copy(p)
print(p2.items == p.items, p2.items is p.items, p3.items is p.items, type(p2).__name__, vars(p2))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
print(copy.copy(5), copy.deepcopy("s"), copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(None))
fn = len
print(copy.deepcopy(fn) is fn, copy.copy(int) is int)
class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot copy NoCopy")
try:
    copy.copy(NoCopy())
except TypeError as e:
    print("TypeError", e)
print(copy.replace.__name__ if hasattr(copy, "replace") else "replace")
