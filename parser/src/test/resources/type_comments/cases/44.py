def f(a): pass # type: int
