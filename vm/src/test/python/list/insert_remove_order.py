# Ordering semantics: remove first match, index with equality, insert negative positions, del with steps.
lst = [1, 2, 1.0, True, 3, 1]
lst.remove(True)
print(lst)
lst.remove(1)
print(lst, lst.index(1), lst.count(1))
for pos in (-1, -10, 0, 10, 2):
    tmp = ["a", "b", "c"]
    tmp.insert(pos, "X")
    print(pos, tmp)
m = list(range(10))
del m[::2]
print(m)
del m[-1:0:-2]
print(m)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("compare", self.v, "with", other)
        return self.v == other
items = [1, 2, 3]
print(Eq(2) in items)
print(items.index(Eq(3)))
print(items.count(Eq(1)))
items.remove(Eq(2))
print(items)
nums = [5, 3, 5, 1, 5]
while 5 in nums:
    nums.remove(5)
print(nums)
words = ["b", "a", "c"]
words[1:2] = []
words[len(words):] = ["end"]
words[:0] = ["start"]
print(words)
print([1, 2, 3].pop(-1), [1, 2, 3].pop(-3), [[1]].pop()[0])
