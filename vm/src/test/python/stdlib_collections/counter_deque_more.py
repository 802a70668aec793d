# Counter arithmetic and comparisons, deque slicing-free ops, OrderedDict equality, namedtuple defaults.
from collections import Counter, deque, OrderedDict, namedtuple, defaultdict
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b, +b, -b)
print(a == Counter(a=3, b=1), a <= a + b, Counter("aab") < Counter("aabb"), a.most_common(), sorted(a.elements()))
a.update(["a", "z"])
a.subtract(z=5)
print(a, a["z"], list(a), a.total())
del a["z"]
print(a, Counter({"x": 2}) + Counter({"x": -2}))
d = deque("abcde")
d.rotate(2)
print(d, d.index("a"), d.count("b"), d[-1], list(reversed(d)))
d.extendleft("xy")
d.remove("c")
print(d, len(d), d.popleft(), d.pop())
d2 = deque(range(5), maxlen=3)
print(d2, d2.maxlen)
d2.extend([7, 8])
print(d2, d2 == deque([4, 7, 8]), deque([1]) * 3, deque([1, 2]) + deque([3]))
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError", e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
P = namedtuple("P", ["x", "y", "z"], defaults=[0, 1])
print(P(5), P(5, 6), P._field_defaults, P(1, 2, 3)._asdict(), P.__doc__, P.x.__doc__)
try:
    namedtuple("Q", "class def")
except ValueError as e:
    print("ValueError", e)
R = namedtuple("R", "class def", rename=True)
print(R._fields)
dd = defaultdict(lambda: "dflt", {"k": "v"})
print(dd["k"], dd["missing"], sorted(dd), repr(defaultdict(int)))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print({k: dict(v) for k, v in nested.items()})
