x=1;y = 2 # type: int
