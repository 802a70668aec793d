def f():
  # type: () -> None
