import inspect
def gen():
    yield 1
    yield 2
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
print(g.gi_running, g.gi_frame is not None, g.gi_suspended)
list(g)
print(inspect.getgeneratorstate(g))
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def recursive_next():
    yield next(r)
r = recursive_next()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
