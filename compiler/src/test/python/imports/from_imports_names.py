from collections import namedtuple, OrderedDict, Counter, deque
Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
print(p, p.x + p.y, p._asdict())
c = Counter("abracadabra")
print(c.most_common(2))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
print(list(dq))
od = OrderedDict(b=1, a=2)
od.move_to_end("b")
print(list(od))
from math import *
print(pi > 3, floor(e), "sqrt" in dir())
import sys as system
print(system.version_info[:2])
from heapq import heappush, heappop
h = []
for v in [5, 1, 4, 2]:
    heappush(h, v)
print([heappop(h) for _ in range(4)])
