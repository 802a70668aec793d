with (a as b):  # type: int
    pass
