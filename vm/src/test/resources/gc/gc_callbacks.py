import gc, sys
def bad(phase, info): raise ValueError(phase)
gc.callbacks.append(bad)
sys.unraisablehook = lambda u: print('unraisable', type(u.exc_value).__name__, u.exc_value, u.err_msg, u.object is bad)
print(gc.collect())
gc.callbacks.clear()
gc.callbacks = []  # rebinding the attribute does not change the list collect uses
print(gc.collect(), gc.get_stats()[2]['collections'] > 0)
print(gc.get_referents(), gc.is_tracked(frozenset()), gc.is_tracked(set()))
