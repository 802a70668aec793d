# The exception thrown into a generator takes as __context__ what the generator was handling at
# its yield, never what its caller handles; an exception class that fails to make an instance
# throws that failure in; gen.__name__ comes from the function.
import sys

def handling():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1

def plain():
    yield 1

for make in (handling, plain):
    g = make()
    next(g)
    try:
        raise OSError("outer")
    except OSError:
        try:
            g.throw(ValueError("thrown"))
        except ValueError as e:
            print(make.__name__, repr(e.__context__))

class Bad(Exception):
    def __new__(cls, *args):
        return cls

g = plain()
try:
    g.throw(Bad)
except TypeError as e:
    print("TypeError:", e)
print(next(g, "exhausted"))

def finally_raises(exc):
    try:
        yield
    finally:
        raise exc

# The generator's raise gets the exception thrown in as its context, not the caller's.
e1, e2, e3 = Exception(1), Exception(2), Exception(3)
g = finally_raises(e3)
next(g)
try:
    raise e1
except Exception:
    try:
        g.throw(e2)
    except Exception as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

def inner():
    try:
        yield
    except RuntimeError:
        frame = sys._getframe()
        print("inner sees", frame.f_code.co_name, "called by", frame.f_back.f_code.co_name)

def outer():
    yield from inner()

g = outer()
next(g)
try:
    g.throw(RuntimeError)
except StopIteration:
    pass

def named():
    yield

named.__name__ = "renamed"
named.__qualname__ = "Q.renamed"
g = named()
print(g.__name__, g.__qualname__, g.__next__.__doc__)
