# bisect and heapq on deterministic data.
import bisect
import heapq
data = [1, 3, 3, 5, 8, 13]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 0), bisect.bisect(data, 100))
bisect.insort(data, 4)
bisect.insort_left(data, 3)
print(data, bisect.bisect_left(data, 5, lo=2, hi=4))
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("z", 7), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
nums = [9, 4, 7, 1, 8]
heapq.heapify(nums)
print(nums[0], heapq.nsmallest(3, [9, 4, 7, 1, 8]), heapq.nlargest(2, [9, 4, 7, 1, 8]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3), list(heapq.merge([1, 4, 7], [2, 5], [3])))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    bisect.insort([1, "a"], 2) or print("no error")
except TypeError as e:
    print("TypeError", e)
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(list(heapq.merge("ace", "bdf")), list(heapq.merge([3, 1], [2], reverse=True)))
