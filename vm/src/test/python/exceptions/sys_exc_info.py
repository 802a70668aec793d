# sys.exc_info/sys.exception inside and outside handlers, nested handlers restore the previous one.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def in_gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = in_gen()
print(next(g))
print(sys.exception())
try:
    raise IndexError("around")
except IndexError:
    print(next(g), repr(sys.exception()))
def finally_exc():
    try:
        raise LookupError("lk")
    finally:
        print("in finally:", repr(sys.exception()))
try:
    finally_exc()
except LookupError:
    pass
print(sys.exception())
def handler_returns():
    try:
        raise OSError("os")
    except OSError:
        return repr(sys.exception())
print(handler_returns(), sys.exception())
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next, type(tb).__name__)
