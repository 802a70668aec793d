import traceback
def inner():
    raise ValueError("deep problem")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    print("".join(traceback.format_exception_only(e)), end="")
    tb = traceback.extract_tb(e.__traceback__)
    print([frame.name for frame in tb])
    print([frame.lineno for frame in tb])
try:
    raise ExceptionGroup("grp", [ValueError(1), KeyError(2)])
except ExceptionGroup as e:
    print("".join(traceback.format_exception_only(e)), end="")
def chain():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
try:
    chain()
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print([l for l in lines if not l.startswith("  ")])
