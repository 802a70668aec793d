# Properties overridden by subclasses, property with __set_name__-free naming, deleting properties, docstrings.
class Base:
    @property
    def value(self):
        return "base value"
class Override(Base):
    value = "plain class attribute"
class InstanceShadow(Base):
    pass
print(Override().value, InstanceShadow().value)
i = InstanceShadow()
try:
    i.value = "shadow"
except AttributeError as e:
    print("AttributeError", e)
i.__dict__["value"] = "in dict"
print(i.value)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def expensive(self):
        self.calls += 1
        return self.calls
c = Cached()
print(c.expensive, c.expensive, c.calls)
class Doc:
    @property
    def documented(self):
        """getter doc"""
        return 1
    undocumented = property(lambda self: 2)
print(Doc.documented.__doc__, Doc.undocumented.__doc__, Doc().undocumented)
p = property(None, None, None, "only doc")
print(p.__doc__, p.fget, p.fset, p.fdel)
class Full:
    _x = 0
    def _get(self):
        return self._x
    def _set(self, v):
        self._x = v
    def _del(self):
        self._x = "deleted"
    x = property(_get, _set, _del, "x doc")
f = Full()
f.x = 5
print(f.x, Full.x.__doc__)
del f.x
print(f.x)
q = Full.x.setter(None)
print(q.fset is Full._set, q.fget is Full._get, q.__doc__)
class NameInMessage:
    @property
    def ro(self):
        return 1
try:
    NameInMessage().ro = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del NameInMessage().ro
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(Full.x, property), type(Full.__dict__["x"]).__name__, callable(Full.x.getter))
