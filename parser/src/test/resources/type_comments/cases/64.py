@dec # type: ignore
def f(x, y=2, *a, k, **kw): # type: (int, int, *int, int, **int) -> None
 pass
