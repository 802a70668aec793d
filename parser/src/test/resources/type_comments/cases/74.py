def f(): # type: () -> None
  # type: ignore
  pass
