def f(a, # type: int
): pass
