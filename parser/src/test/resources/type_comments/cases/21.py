def f(a):  # type: (int) -> None
    # type: (int) -> None
    pass
