# A comprehension inlined in module or class code (PEP 709) shows its variables in locals()
# and frame.f_locals while it runs; they are gone afterwards. Reraising keeps __context__.
import sys

y = 0
items = [locals()["x"] for x in [1, 2]]
items2 = [vars()["x"] for x in [1, 2]]
items3 = [("x" in dir()) for x in [1, 2]]
items4 = [eval("x") for x in [1, 2]]
[exec("y = x") for x in [1, 2]]
print(items, items2, items3, items4, y)
print("x" in globals())

proxy = [sys._getframe().f_locals for a in [0]][0]
print("a" in proxy, [sys._getframe().f_locals["a"] for a in [5]][0])


class C:
    z = 3
    seen = [sorted(locals()) for b in [1]][0]
    try:
        res = [__class__ for x in [1]]
    except NameError as e:
        err = str(e)


print(C.seen, C.err)


def reraise_keeps_context():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
    except ValueError as e:
        e.__context__ = IndexError("fixed")
        try:
            raise
        except ValueError as again:
            return repr(again.__context__)


try:
    1 / 0
except ZeroDivisionError:
    print(reraise_keeps_context())


def f(x):
    return lambda: x + 1


for args in [((f(3).__code__, {}), {}), ((f(3).__code__, {}), {"closure": (1,)}),
             ((f.__code__, {}), {"closure": ()})]:
    try:
        exec(*args[0], **args[1])
    except TypeError as e:
        print("TypeError:", e)
