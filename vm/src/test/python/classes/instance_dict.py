# The instance __dict__: vars(), direct manipulation, __dict__ of classes with __slots__, __getstate__.
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p), p.__dict__ is vars(p))
p.__dict__["c"] = 3
print(p.c, sorted(vars(p)))
del p.__dict__["a"]
print(hasattr(p, "a"))
vars(p).update(z=26)
print(p.z, list(p.__dict__))
p.__dict__.clear()
print(vars(p))
class Q:
    pass
q = Q()
setattr(q, "with space", 1)
setattr(q, "123", 2)
print(getattr(q, "with space"), vars(q))
q.__dict__[5] = "int key"
print([k for k in vars(q)])
print(p.__getstate__() if hasattr(p, "__getstate__") else {}, P().__getstate__())
class S:
    __slots__ = ("x",)
try:
    vars(S())
except TypeError as e:
    print("TypeError", e)
s = S()
s.x = 1
print(s.__getstate__() if hasattr(s, "__getstate__") else None)
class Dyn:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return f"Dyn({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
print(Dyn(a=1, b="two"), Dyn())
class SetAttrLog:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
s2 = SetAttrLog()
s2.q = 1
s2.__dict__["bypass"] = 2
print(vars(s2))
class ClassDict:
    a = 1
ClassDict.b = 2
print(sorted(k for k in vars(ClassDict) if not k.startswith("__")))
