# Generator attributes: gi_running, gi_frame, gi_code, gi_suspended, gi_yieldfrom, __name__/__qualname__.
def counter(n):
    for i in range(n):
        yield i
g = counter(3)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_suspended, g.gi_frame is not None)
print(next(g), g.gi_suspended, g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(list(g), g.gi_frame, g.gi_suspended)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reenter():
    yield next(gen_re)
gen_re = reenter()
try:
    next(gen_re)
except ValueError as e:
    print("ValueError", e)
def inner():
    yield "a"
    yield "b"
def outer():
    yield from inner()
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, type(o.gi_yieldfrom).__name__)
list(o)
print(o.gi_yieldfrom)
class K:
    def method(self):
        yield 1
print(K().method().__qualname__, type(K().method()).__name__)
g2 = counter(1)
g2.__name__ = "renamed"
print(g2.__name__, repr(g2).startswith("<generator object counter"))
ge = (x * x for x in range(3))
print(ge.__name__, ge.__qualname__, list(ge), list(ge))
print(iter(ge) is ge, hasattr(ge, "__next__"), hasattr(ge, "send"))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
try:
    counter(1).send(5)
except TypeError as e:
    print("TypeError", e)
