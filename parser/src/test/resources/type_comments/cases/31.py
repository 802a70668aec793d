def f(a=1 # type: int
, b=2): pass
