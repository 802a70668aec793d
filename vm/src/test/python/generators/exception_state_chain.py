# The exception being handled, seen from inside a generator: the generator's own while it
# handles one, else that of the code that resumed it (CPython's chain of exception states), for
# sys.exception(), a bare raise and a new exception's __context__.
import sys
import warnings


def peek():
    print("  in generator:", repr(sys.exception()))
    yield 1
    print("  after yield:", repr(sys.exception()))
    try:
        raise KeyError("own")
    except KeyError:
        print("  own handler:", repr(sys.exception()))
        yield 2
        print("  own handler again:", repr(sys.exception()))
    print("  own handler done:", repr(sys.exception()))
    yield 3


g = peek()
try:
    raise ValueError("outer")
except ValueError:
    print(next(g))
    print("caller:", repr(sys.exception()))
print(next(g), "outside:", repr(sys.exception()))
try:
    raise TypeError("second")
except TypeError:
    print(next(g))


def reraiser():
    try:
        raise
    except RuntimeError as e:
        yield "no active exception: " + str(e)
    except ZeroDivisionError as e:
        yield "re-raised " + repr(e)


print(next(reraiser()))
try:
    1 / 0
except ZeroDivisionError:
    print(next(reraiser()))


def contextual():
    raise IndexError("inside")
    yield


try:
    try:
        raise OSError("handled")
    except OSError:
        next(contextual())
except IndexError as e:
    print("context:", repr(e.__context__))


class E(Exception):
    def __new__(cls, *args):
        return cls


def plain():
    yield


for args in ((E,), (E, None)):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            plain().throw(*args)
        except TypeError as e:
            print(e, [str(w.message) for w in caught])
