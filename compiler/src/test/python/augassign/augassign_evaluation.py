log = []
class C:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        log.append(f"get {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(f"set {k} {v}")
        self.data[k] = v
def obj():
    log.append("obj")
    return c
def key():
    log.append("key")
    return "k"
c = C()
obj()[key()] += 5
print(log)
log.clear()
class A:
    def __init__(self): self._x = 1
    @property
    def x(self):
        log.append("get x")
        return self._x
    @x.setter
    def x(self, v):
        log.append(f"set x {v}")
        self._x = v
a = A()
a.x += 1
print(log)
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
i = IAdd()
alias = i
i += 1
i += 2
print(alias.items, alias is i)
l1 = [1]
l2 = l1
l1 += [2]
print(l2)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t2, t1)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e, tup)
