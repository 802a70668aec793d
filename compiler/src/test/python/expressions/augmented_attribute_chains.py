class N:
    def __init__(self):
        self.child = None
        self.v = 0
root = N()
root.child = N()
root.child.child = N()
root.child.child.v += 5
root.child.v -= 2
root.v *= 3
print(root.v, root.child.v, root.child.child.v)
data = {"a": {"b": [1, 2, {"c": 10}]}}
data["a"]["b"][2]["c"] += 1
data["a"]["b"][0] *= 100
print(data)
arr = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        arr[i][j] += i * 2 + j
print(arr)
class Idx:
    def __init__(self): self.n = 0
    def __index__(self):
        self.n += 1
        return 0
ix = Idx()
lst = [10]
lst[ix] += 1
print(lst, ix.n)
