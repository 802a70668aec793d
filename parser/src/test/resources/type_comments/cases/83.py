def f():
  # type: () -> None
  pass
x = 1 +
