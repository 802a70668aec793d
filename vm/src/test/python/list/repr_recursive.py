# Recursive containers: repr, equality of self-containing lists and dicts.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
l2 = []
dd = {"l": l2}
l2.append(dd)
print(l2, dd)
t = ([],)
t[0].append(t)
print(t)
s = [[]]
s[0].append(s)
print(s, [s, s])
x = [1]
x.append(x)
y = [1]
y.append(y)
print(x == x)
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError", e)
class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"R({self.items!r})"
try:
    print(repr(R()))
except RecursionError as e:
    print("RecursionError", e)
class Sub(list):
    pass
sl = Sub([0])
sl.append(sl)
print(sl, [sl])
od = {}
od[1] = [od]
print(od, list(od.values()))
print(repr([[[[]]]]), [{}, {"a": [()]}, ([],)])
