from contextlib import contextmanager
@contextmanager
def cm(log, tag):
    log.append("enter " + tag)
    try:
        yield
    finally:
        log.append("exit " + tag)
def f(excs):
    log = []
    try:
        with cm(log, "outer"):
            try:
                raise ExceptionGroup("g", excs)
            except* ValueError as g:
                with cm(log, "in-handler"):
                    log.append(f"V{len(g.exceptions)}")
            except* TypeError:
                try:
                    raise KeyError("from T handler")
                except KeyError:
                    log.append("K handled inside")
            finally:
                log.append("finally")
    except ExceptionGroup as rest:
        log.append("rest " + ",".join(type(e).__name__ for e in rest.exceptions))
    return log
print(f([ValueError(1), ValueError(2)]))
print(f([TypeError(), OSError()]))
print(f([ValueError(), TypeError(), IndexError()]))
def g():
    for i in range(3):
        try:
            try:
                raise ExceptionGroup("x", [ValueError(i)])
            except* ValueError:
                if i == 1:
                    raise TypeError("escalate")
        except TypeError as t:
            print("escalated", t)
        except ExceptionGroup as eg:
            print("group", eg)
        else:
            print("handled", i)
g()
