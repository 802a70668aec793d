def f(i):
    raise ValueError(i)

excs = []
for i in range(3):
    try:
        f(i)
    except ValueError as e:
        excs.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "No such file or directory", "x.txt")])
raise ExceptionGroup("outer", excs + [inner])
