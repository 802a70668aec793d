def f():
  # type: ignore
  pass
