x = y # type: int\
