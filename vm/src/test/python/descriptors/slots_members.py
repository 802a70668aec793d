# __slots__ member descriptors: __get__/__set__/__delete__ called directly, errors on wrong instance types.
class P:
    __slots__ = ("x", "y")
member = P.__dict__["x"]
p = P()
member.__set__(p, 10)
print(p.x, member.__get__(p, P), member.__get__(None, P) is member)
member.__delete__(p)
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
try:
    member.__get__(5, int)
except TypeError as e:
    print("TypeError", e)
try:
    member.__set__("str", 1)
except TypeError as e:
    print("TypeError", e)
print(member.__name__, member.__objclass__.__name__, hasattr(member, "__set__"), hasattr(member, "__delete__"))
class Q(P):
    __slots__ = ("z",)
q = Q()
q.x, q.z = 1, 3
print(q.x, q.z, Q.__slots__, sorted(k for k in Q.__dict__ if not k.startswith("__")))
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError", e)
class Override(P):
    x = "class attribute shadows slot"
o = Override()
print(o.x)
try:
    o.x = 5
except AttributeError as e:
    print("AttributeError", e)
class Dictful(P):
    pass
d = Dictful()
d.x = 1
d.other = 2
print(d.x, d.__dict__, "x" in d.__dict__)
class Defaults:
    __slots__ = ("a",)
    def __init__(self):
        pass
print(hasattr(Defaults(), "a"), getattr(Defaults(), "a", "unset"))
