x = y = 1  # type: int
