def f(a,  # type: int
      b  # type: str
      ):
    pass
