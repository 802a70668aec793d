x = 1 # type: Ünïcode
