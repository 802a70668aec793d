def f(**k # type: int
): pass
