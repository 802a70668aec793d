# Self-containing structures: repr placeholders and equality/comparison behaviour.
a = [1]
a.append(a)
b = {"self": None}
b["self"] = b
c = [a, b, (a,)]
print(a, b, c, sep="\n")
print(a[1][1][1] is a, str(b) == repr(b))
l1 = [1]
l1.append(l1)
print(l1 == l1, l1 is l1[1], l1[1] == l1)
l2 = [1]
l2.append(l2)
for op in ("==", "<", "!="):
    try:
        print(op, eval(f"l1 {op} l2"))
    except RecursionError as e:
        print(op, "RecursionError", e)
d1 = {}
d1[1] = d1
d2 = {}
d2[1] = d2
try:
    print(d1 == d2)
except RecursionError as e:
    print("RecursionError", e)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
root = Node("root")
root.children.append(Node("leaf"))
print(root)
root.children.append(root.children)
print(root)
s = []
s.append((s, {1: s}))
print(s)
dq = [[]]
dq[0].append(dq[0])
print(dq, len(repr(dq)))
keys = {}
keys["k"] = [keys, [keys]]
print(keys)
import_free_tuple = ([],)
import_free_tuple[0].append(import_free_tuple)
print(import_free_tuple)
print(repr([[[1, [2]]]]))
