# _heapq: heap layouts, max-heap helpers and errors as CPython's C layer gives them.
import heapq
import _heapq
r = [(i * 7919) % 1000 for i in range(200)]
h = []
for x in r: heapq.heappush(h, x)
print(h[:20])
print([heapq.heappop(h) for _ in range(10)])
h2 = list(r); heapq.heapify(h2); print(h2[:20])
print(heapq.heapreplace(h2, 500), heapq.heappushpop(h2, 3), heapq.heappushpop(h2, 999), h2[:10])
print(heapq.nlargest(5, r), heapq.nsmallest(5, r), list(heapq.merge([1,4,9],[2,3,10])))
m = list(r); heapq._heapify_max(m); print(m[:10], heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m[:5])
for f in [lambda: _heapq.heappop([]), lambda: _heapq.heappush((), 1), lambda: _heapq.heapify(1), lambda: _heapq.heapreplace([], 1), lambda: _heapq._heappop_max([]), lambda: _heapq.heappushpop(5, 1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(heapq.heappush.__module__, type(heapq.heappop.__doc__).__name__)  # the text is Kaa's own
calls = []
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
hk = [Key(v) for v in (5, 1, 4, 1, 5, 9, 2, 6)]
heapq.heapify(hk)
print([k.v for k in hk], len(calls))
print(heapq.heappop(hk).v, calls[-4:], len(calls))
class Shrink:
    def __lt__(self, other):
        hs.clear()
        return True
hs = [Shrink(), Shrink(), Shrink()]
try:
    heapq.heappush(hs, Shrink())
except RuntimeError as e:
    print("RuntimeError", e)
