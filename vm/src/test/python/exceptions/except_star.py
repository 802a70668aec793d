# except* handling: splitting, multiple handlers, re-raise of unhandled parts, naked exceptions.
def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print("ValueError handler:", repr(g))
    except* (TypeError, KeyError) as g:
        print("Type/Key handler:", repr(g))
run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)]))
run(ValueError("naked"))
try:
    run(ExceptionGroup("g", [ValueError(1), OSError("left")]))
except ExceptionGroup as rest:
    print("propagated:", repr(rest))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new in handler")
except (ExceptionGroup, KeyError) as e:
    print("new:", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraise:", repr(e))
try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("not here")
except TypeError as e:
    print("plain passes through:", repr(e))
def nested():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep")]), TypeError("t")])
    except* ValueError as g:
        print("deep match:", repr(g))
    except* TypeError as g:
        print("type match:", repr(g))
nested()
for src in ("try:\n    pass\nexcept* ExceptionGroup:\n    pass", "try:\n    pass\nexcept*:\n    pass",
            "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)
