f = lambda a, # type: int
 b: 0
