def show(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"
a = [1, 2]
k = {"x": 1}
print(show())
print(show(*a))
print(show(**k))
print(show(0, *a, 3, *a, y=2, **k))
print(show(*a, z=0, **{"w": 1}, **{"v": 2}))
print(show(*(), **{}))
print(show(*"ab", *range(2)))
class Callable:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(Callable()(1, key="v"))
print(show.__call__(1))
m = "a-b-c".split
print(m("-"), m(sep="-", maxsplit=1))
print((lambda *a: a)(*[1], *[2], 3))
import operator
print(operator.methodcaller("upper")("abc"), operator.itemgetter(1, 0)("xy"), operator.attrgetter("real")(3))
