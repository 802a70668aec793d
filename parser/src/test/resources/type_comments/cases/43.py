for x in y: # type: int
  pass
else: # type: int
  pass
