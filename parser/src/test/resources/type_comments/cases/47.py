def f(): # type: () -> None
  """doc"""
