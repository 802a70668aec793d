for x in y: # type: ignore[a]
  pass
x = [  # type: ignore
 1]
