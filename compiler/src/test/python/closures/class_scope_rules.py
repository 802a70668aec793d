x = "global x"
class C:
    x = "class x"
    y = x
    def method(self):
        return x
    lam = lambda self: x
    comp = [x for _ in range(1)]
print(C.y, C().method(), C().lam(), C.comp)
def f():
    v = "func v"
    class D:
        v = "class v"
        def m(self):
            return v
        w = v
    return D().m(), D.w
print(f())
def g():
    z = "free"
    class E:
        print("in class body", z)
        zz = z
    return E.zz
print(g())
def h():
    a = 1
    class F:
        nonlocal a
        a = 2
    return a
print(h())
class G:
    items = [1, 2, 3]
    total = sum(i for i in range(4))
    doubled = [i * 2 for i in items]
print(G.total, G.doubled)
