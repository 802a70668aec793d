try:
    raise ValueError("cause inside")
except ValueError as v:
    e = TypeError("member")
    e.__cause__ = v
raise ExceptionGroup("with chain", [e, KeyError(1)])
