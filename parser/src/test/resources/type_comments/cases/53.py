def f(a, # type: int
 b, # type: int
):
 # type: (...) -> None
 pass
