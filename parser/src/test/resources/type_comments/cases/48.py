with a: # type: int
  pass
