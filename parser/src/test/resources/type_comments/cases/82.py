def f():
  # type: () -> None
  pass
x = (
