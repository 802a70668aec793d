def nested():
    raise ExceptionGroup("top", [
        ValueError("v1"),
        ExceptionGroup("mid", [TypeError("t1"), ValueError("v2")]),
        KeyError("k1"),
    ])
try:
    nested()
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
except* KeyError as g:
    print("keys:", repr(g))
def partial():
    try:
        nested()
    except* (ValueError, KeyError) as g:
        print("handled", len(g.exceptions))
try:
    partial()
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
eg = ExceptionGroup("msg", [ValueError(1)])
print(eg.message, eg.exceptions, str(eg), eg.derive([KeyError(2)]))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
