def f(a, *args, # type: int
  b=3, # type: str
  **kw # type: x
  ):
  # type: (...) -> None
  pass
