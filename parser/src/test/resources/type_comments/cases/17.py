x = 1  # type: ignorex
