class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return False
with Suppress(ZeroDivisionError):
    1 / 0
print("continued")
def f():
    with Suppress(KeyError):
        {}["k"]
        return "not reached"
    return "after with"
print(f())
try:
    with Suppress(KeyError):
        raise TypeError("t")
except TypeError as e:
    print("propagated", e)
from contextlib import suppress
with suppress(IndexError):
    [][0]
print("contextlib suppress ok")
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError(i)
        print("iteration", i)
