# Evaluation order: operands left to right, call arguments, subscripts in assignments, augmented assignment targets.
def t(label, value=None):
    print("eval", label)
    return value if value is not None else label
print(t("a") + t("b") + t("c"))
print(t(1, 2) ** t(2, 3) ** t(3, 2))
print(t("f", max)(t("x", 1), t("y", 2), key=t("k", abs)))
d = {}
d[t("key")] = t("value")
print(d)
lst = [0, 0, 0]
lst[t("idx", 1)] += t("inc", 5)
print(lst)
class Obj:
    pass
o = Obj()
o.attr = 1
t("target", o).attr += t("rhs", 10)
print(o.attr)
x, y = t("first"), t("second")
print(x, y)
a = b = t("chained")
print(a, b)
print({t("k1"): t("v1"), t("k2"): t("v2")})
print([t("l1"), t("l2")], (t("t1"), t("t2")))
print(t(1, 1) < t(2, 2) < t(3, 3))
print(t("cond", True) and t("then"))
print(t("yes") if t("test", 1) else t("no"))
def f(*args, **kwargs):
    return args, kwargs
print(f(t("p1"), *[t("star")], k=t("kw"), **{"z": t("dstar")}))
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)
s = "abc"
print(s[t("lo", 0):t("hi", 2)])
print(t("lam", lambda v: v)(t("arg")))
