def f(*, # type: int
 b): pass
