def f(
  a,  # type: int
  *,  # type: int
  b): pass
