# collections: Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()), c.total())
c.update("aaz")
c.subtract({"a": 2})
print(c, c + Counter("b"), c - Counter("a" * 10), c & Counter("ab"), c | Counter("zzzz"))
d = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    d[k].append(v)
print(d, dict(d), d.default_factory, defaultdict(int)["missing"])
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od))
dq = deque([1, 2, 3], maxlen=4)
dq.append(4)
dq.append(5)
dq.appendleft(0)
dq.rotate(1)
print(dq, dq.maxlen, dq.popleft(), dq.pop(), list(dq), dq[0], len(dq))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), tuple(p), p == (1, 2))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)
