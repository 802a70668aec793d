# Lists used as stacks and queues; pop from both ends, rotation by slicing, in-place algorithms.
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        print("matched", opener, ch)
print("balanced:", not stack)
queue = list(range(5))
order = []
while queue:
    order.append(queue.pop(0))
    if len(order) == 2:
        queue.append("late")
print(order)
rot = [1, 2, 3, 4, 5]
k = 2
rot[:] = rot[-k:] + rot[:-k]
print(rot)
data = [5, 2, 9, 1, 5, 6]
for i in range(1, len(data)):
    key = data[i]
    j = i - 1
    while j >= 0 and data[j] > key:
        data[j + 1] = data[j]
        j -= 1
    data[j + 1] = key
print(data)
def bsearch(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
print([bsearch(data, t) for t in (0, 1, 5, 6, 10)])
uniq = []
for x in [3, 1, 3, 2, 1]:
    if x not in uniq:
        uniq.append(x)
print(uniq, list(dict.fromkeys([3, 1, 3, 2, 1])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)], sum(matrix, []))
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
bad = [[0] * 3] * 2
bad[0][0] = 1
print(grid, bad)
lst = list(range(10))
print(lst[::3], lst[1::3], lst[-1::-4], lst[8:2:-2], lst[::-1][:3])
lst.reverse()
print(lst.index(0), lst.pop(lst.index(5)), lst)
