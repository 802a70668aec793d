# Inlined comprehensions (PEP 709) in a class body read __class__ as the class body itself
# would: a global name, never the class's cell. Names that a comprehension target only reads
# (c[d], h.i) may be rebound by an assignment expression (gh-87447).


class C:
    try:
        res = [__class__ for x in [1]]
    except NameError as e:
        err = str(e)


print(C.err)

__class__ = "module level"


class D:
    res = [__class__ for x in [1]]
    sup = [super for x in [1]]


print(D.res, D.sup == [super])


class E:
    def method(self):
        return [__class__ for _ in range(2)], super().__repr__ is not None


print(E().method()[0] == [E, E], E().method()[1])


class Box:
    def __init__(self):
        self.items = {}
        self.i = None


def rebind():
    box = Box()
    k = 5
    got = [(k := a * 10) for a, box.items[k] in [(1, "x"), (2, "y")]]
    got2 = [(i := a) for a, box.i in [(3, "z")]]
    return got, k, box.items, box.i, got2, i


print(rebind())
print([(h := x * 2) for x in range(3)], h)
