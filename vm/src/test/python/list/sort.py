# list.sort and sorted: stability, key, reverse (stable in reverse), errors, mutation during sort.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort()
print(nums, sorted([]), sorted([1]), sorted("cab"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
print(sorted([2.5, 1, True, -0.5]), sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]))
for f in (lambda: sorted([1, "a"]), lambda: [3, None, 1].sort(), lambda: sorted([1], key=5),
          lambda: [1].sort(lambda x: x), lambda: sorted([1], cmp=None), lambda: sorted()):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
lst = [3, 1, 2]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(lst)
class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
vs = [V(2, "a"), V(1, "b"), V(2, "c"), V(1, "d")]
print([x.tag for x in sorted(vs)], [x.tag for x in sorted(vs, reverse=True)], [x.tag for x in sorted(vs, key=lambda x: -x.v)])
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-3:], sorted(range(10), key=lambda i: i % 3))
print(sorted(["b", "a"], key=None), list(reversed(sorted([2, 3, 1]))))
