class C:
    locals_snapshot = sorted(k for k in locals() if not k.startswith("__"))
    x = 1
    del x
    y = [1, 2]
    y.append(3)
    for i in range(3):
        pass
    if True:
        z = "cond"
    try:
        w = 1 / 0
    except ZeroDivisionError:
        w = "handled"
    import math as m
    def f(self):
        return self.m.pi > 3
print(C.locals_snapshot, hasattr(C, "x"), C.y, C.i, C.z, C.w, C().f())
class D:
    __qualname__ = "Custom.Qual"
print(D.__qualname__)
class E:
    vars_in_body = "__module__" in locals(), "__qualname__" in locals()
print(E.vars_in_body)
ns = {}
exec("class F:\n    a = 1\n", ns)
print(ns["F"].a)
