# sys.setprofile: call/return of Python functions and c_call/c_return/c_exception around
# built-in functions and methods (types and Python callables report none).
import sys

def name(arg):
    return getattr(arg, '__qualname__', None) or getattr(arg, '__name__', repr(arg))

def profiler(frame, event, arg):
    what = name(arg) if event.startswith('c_') else repr(arg)
    print(f"{event:11} {frame.f_code.co_name:8} {what}")

class Box:
    def __init__(self, items):
        self.items = list(items)

    def size(self):
        return len(self.items)

def work():
    b = Box([3, 1, 2])
    b.items.append(4)
    b.items.sort(reverse=True)
    n = b.size()
    try:
        int('x')
    except ValueError:
        pass
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    args = (5, 2)
    q = divmod(*args)
    s = sorted(b.items, key=abs)
    m = max(s, default=None)
    return n, q, m

def gen():
    yield 1
    yield 2

sys.setprofile(profiler)
work()
list(gen())
sys.setprofile(None)
print(sys.getprofile())
