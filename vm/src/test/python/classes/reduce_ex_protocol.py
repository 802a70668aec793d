# object.__reduce_ex__(2): __getnewargs_ex__/__getnewargs__ are special methods (looked up on
# the type, never through __getattr__), their results are checked, slots come from
# __slotnames__, and a built-in object with hidden state cannot be reduced.

def show(obj, proto=2):
    try:
        r = obj.__reduce_ex__(proto)
        print(r[0].__name__, r[1][1:], r[2], r[3], r[4])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Picky:
    def __getstate__(self):
        return {}

    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        return None


show(Picky())


def ex_returning(value):
    class C:
        def __getnewargs_ex__(self):
            return value
    return C()


for value in [((1, 2), {"k": 3}), ((1,), {}), ((1,), "bad"), ("bad", {}), (), "bad"]:
    show(ex_returning(value))


class Args:
    def __getnewargs__(self):
        return self.args


for args in ((7, 8), [7]):
    a = Args()
    a.args = args
    show(a)


class S(str):
    pass


class A:
    __slotnames__ = [S("spam")]

    def __getattr__(self, attr):
        if attr == "spam":
            A.__slotnames__[:] = [S("spam")]
            return 42
        raise AttributeError(attr)


show(A())


class Slots:
    __slots__ = ("x", "_Slots__y", "z")

    def __init__(self):
        self.x = 1
        self.__y = 2


show(Slots())
print(Slots.__slotnames__)
show((x for x in ()))
for proto in (0, 1):
    show(Slots(), proto)
