with a: # type: int
x
