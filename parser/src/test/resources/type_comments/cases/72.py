with (a, b) as c: # type: int
  pass
