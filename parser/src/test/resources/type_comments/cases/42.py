def f(a): # type: int
    # type: ignore
    pass
