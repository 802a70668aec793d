def f(a, b=1, /, # type: int
 c=2): pass
