# Class bodies: names visible in the body but not in methods, __qualname__ of nested defs, __class__ cell, class-level loops.
x = "global x"
class C:
    x = "class x"
    y = x.upper()
    def method(self):
        return x
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    squares = [v for v in items]
    def uses_class(self):
        return __class__.__name__, C.x
print(C.y, C().method(), C.items, C.squares, C().uses_class(), hasattr(C, "i"))
class Outer:
    class Inner:
        def m(self):
            return "inner"
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().make().__qualname__, Outer.make.__qualname__)
def factory(tag):
    class Made:
        label = tag
        def show(self):
            return self.label
    return Made
A, B = factory("a"), factory("b")
print(A().show(), B().show(), A is not B, A.__qualname__)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
c1, c2 = Counter(), Counter()
print(c1.inc(), c1.inc(), c2.inc(), Counter.n)
class WithLambda:
    k = 10
    f = lambda self: self.k
    g = staticmethod(lambda: "static lambda")
print(WithLambda().f(), WithLambda.g(), WithLambda.f.__qualname__)
try:
    class Broken:
        a = 1
        b = [a + j for j in range(2)]
except NameError as e:
    print("NameError", e)
class Conditional:
    if len("ab") == 2:
        kind = "two"
    else:
        kind = "other"
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = "handled in class body"
print(Conditional.kind, Conditional.risky)
