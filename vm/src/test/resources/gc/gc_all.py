import gc, weakref
print(sorted(n for n in dir(gc) if not n.startswith('__')))
print([(n, getattr(gc, n)) for n in sorted(dir(gc)) if n.startswith('DEBUG')])
print(gc.get_threshold(), gc.isenabled(), gc.get_debug(), gc.get_freeze_count(), gc.garbage, gc.callbacks)
print(sorted(gc.get_stats()[0]), len(gc.get_stats()), type(gc.get_count()), len(gc.get_count()))
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(700); print(gc.get_threshold())
gc.set_threshold(100, 5); print(gc.get_threshold())
gc.set_threshold(2000, 10, 10); print(gc.get_threshold())
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL); print(gc.get_debug()); gc.set_debug(0)
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({1: []}),
      gc.is_tracked(()), gc.is_tracked((1, [])), gc.is_tracked('a'), gc.is_tracked(None), gc.is_tracked(True),
      gc.is_tracked(1.5), gc.is_tracked(b'x'), gc.is_tracked(object()), gc.is_tracked(gc), gc.is_tracked(len))
class A: pass
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_finalized(A()), gc.is_finalized(1))
def err(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
err(lambda: gc.collect(3))
err(lambda: gc.collect(-1))
err(lambda: gc.collect('a'))
err(lambda: gc.set_threshold())
err(lambda: gc.set_threshold(1, 2, 3, 4))
err(lambda: gc.set_debug('x'))
err(lambda: gc.get_objects(generation=5))
print(gc.get_objects(generation=1) is not None)
err(lambda: gc.is_tracked())
err(lambda: gc.enable(1))
events = []
cb = lambda phase, info: events.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
print(gc.collect(1) >= 0, gc.collect() >= 0, gc.collect(generation=0) >= 0)
gc.callbacks.remove(cb)
print(events)
# weak reference callbacks run by collect
class Node: pass
died = []
a = Node(); b = Node(); a.other = b; b.other = a
r = weakref.ref(a, lambda ref: died.append('a'))
del a, b
gc.collect()
print(died, r())
gc.freeze(); gc.unfreeze()
print(gc.collect.__name__, gc.__name__, gc.get_referrers.__doc__)
print(gc.is_tracked(type), gc.is_tracked(int), gc.is_tracked(Node), gc.is_tracked(frozenset()))
