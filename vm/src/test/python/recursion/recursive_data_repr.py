# repr of recursive structures through user classes, dict values, tuples inside lists; str of deep but finite nesting.
a = []
a.append((a, [a]))
print(a)
d = {}
d["list"] = [d, {"again": d}]
print(d)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
    def __repr__(self):
        return f"Node({self.v}, next={self.next!r})"
n1, n2 = Node(1), Node(2)
n1.next = n2
print(n1)
n2.next = n1
try:
    print(n1)
except RecursionError as e:
    print("RecursionError", e)
deep = 0
for i in range(50):
    deep = [deep]
print(str(deep)[:60], len(str(deep)))
deep_d = {}
cur = deep_d
for i in range(30):
    cur["k"] = {}
    cur = cur["k"]
print(str(deep_d).count("{"), len(repr(deep_d)))
x = [1, 2]
y = [x, x]
print(y, y[0] is y[1])
z = {"a": x, "b": x}
print(z)
s = [[]]
s.append(s)
s[0].append(s)
print(s)
print([a] == [a], a == a, a[0][0] is a)
t = [0]
t[0] = t
print(t, t == t)
