for x in y: # type: int
  #type:(a)->b
  pass
