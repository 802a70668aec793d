for a, b in c: # type: int, str
  pass
