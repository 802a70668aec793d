# Augmented assignment evaluates the target once: subscripts and attributes with side-effecting expressions.
calls = []
class Box:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        calls.append("get v")
        return self._v
    @v.setter
    def v(self, val):
        calls.append(f"set v={val}")
        self._v = val
b = Box()
b.v += 10
b.v *= 2
print(b.v, calls)
calls.clear()
class Store:
    def __init__(self):
        self.data = {"x": 1}
    def __getitem__(self, k):
        calls.append(f"getitem {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        calls.append(f"setitem {k}={v}")
        self.data[k] = v
s = Store()
counter = [0]
def key():
    counter[0] += 1
    calls.append("key()")
    return "x"
s[key()] += 5
s[key()] -= 1
print(s.data, counter, calls)
lst = [[1, 2], [3, 4]]
idx = [0]
def next_idx():
    idx[0] += 1
    return idx[0] - 1
lst[next_idx()][1] += 100
print(lst, idx)
t = ([1],)
t[0].extend([2])
t[0][0] += 10
print(t)
d = {}
d.setdefault("k", 0)
d["k"] += 1
d["k"] += 1
print(d)
x = [1, 2]
y = x
x += [3]
x = x + [4]
print(x, y)
n = 5
n **= 2
n //= 3
n -= -n
print(n)
