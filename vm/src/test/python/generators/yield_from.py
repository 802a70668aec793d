# yield from: delegation of send/throw/close, return values, iterables, nested delegation.
def sub():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def delegate():
    result = yield from sub()
    print("sub returned", result)
    yield "done"
d = delegate()
print(next(d), d.send(5), d.send(10), d.send(None))
def sub_throw():
    try:
        yield 1
    except KeyError:
        yield "sub caught KeyError"
def deleg_throw():
    yield from sub_throw()
dt = deleg_throw()
next(dt)
print(dt.throw(KeyError()))
def sub_close():
    try:
        yield 1
    finally:
        print("sub finally")
def deleg_close():
    try:
        yield from sub_close()
    finally:
        print("delegator finally")
dc = deleg_close()
next(dc)
dc.close()
def from_iter():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
print(list(from_iter()))
def deep(n):
    if n:
        r = yield from deep(n - 1)
        return r + 1
    yield "bottom"
    return 0
gen = deep(5)
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("depth", e.value)
def bad_from():
    yield from 5
try:
    next(bad_from())
except TypeError as e:
    print("TypeError", e)
class Sendless:
    def __iter__(self):
        return self
    def __next__(self):
        return "n"
def deleg_send():
    yield from Sendless()
ds = deleg_send()
next(ds)
try:
    ds.send(1)
except AttributeError as e:
    print("AttributeError", e)
