def inner():
    raise ExceptionGroup("inner group", [ValueError("v"), TypeError("t")])

def outer():
    try:
        inner()
    except ExceptionGroup as eg:
        raise BaseExceptionGroup("outer group", [eg, KeyboardInterrupt()]) from None

outer()
