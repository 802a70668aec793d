def f(excs):
    log = []
    try:
        try:
            raise ExceptionGroup("eg", excs)
        except* ValueError:
            log.append("V")
        except* (TypeError, KeyError) as g:
            log.append("TK" + str(len(g.exceptions)))
        else:
            log.append("else")
        finally:
            log.append("finally")
    except ExceptionGroup as e:
        log.append("leftover " + ",".join(type(x).__name__ for x in e.exceptions))
    return log
print(f([ValueError()]))
print(f([TypeError(), KeyError()]))
print(f([ValueError(), IndexError()]))
print(f([IndexError()]))
def raises_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError("x")])
    except* ValueError:
        raise KeyError("from handler")
try:
    raises_in_handler()
except ExceptionGroup as e:
    print("wrapped:", [type(x).__name__ for x in e.exceptions])
except KeyError as e:
    print("raw KeyError", e)
def loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as g:
            out.append(g.exceptions[0].args[0])
    return out
print(loop())
