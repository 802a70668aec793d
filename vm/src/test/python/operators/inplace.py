# In-place operators: __iop__ preferred, fallback to __op__, result rebinding, mutability.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd")
        self.v += other
        return self
    def __add__(self, other):
        print("add")
        return Acc(self.v + other)
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        print("sub fallback")
        return Acc(self.v - other)
    def __imul__(self, other):
        print("imul returns a new value")
        return "replaced"
a = Acc(1)
b = a
a += 5
print(a is b, a.v)
a -= 2
print(a is b, a.v, b.v)
a *= 3
print(a, b.v)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t, t is alias_t)
s = {1}
alias_s = s
s |= {2}
s -= {1}
print(s, alias_s is s)
class NoOps:
    pass
n = NoOps()
for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="):
    try:
        exec(f"n {op} 1")
    except TypeError as e:
        print("TypeError", e)
x = 10
x //= 3; x **= 2; x <<= 2; x >>= 1; x ^= 7; x |= 64; x &= 0xF0; x %= 50
print(x)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(tup)
d = {"k": 1}
d["k"] += 1
d.setdefault("l", []).append(0)
print(d)
class Item:
    def __init__(self):
        self.store = {}
    def __getitem__(self, k):
        print("get", k)
        return self.store.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.store[k] = v
it = Item()
it["a"] += 5
it["a"] *= 2
print(it.store)
