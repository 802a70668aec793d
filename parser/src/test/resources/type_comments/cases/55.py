class A: # type: int
 pass
