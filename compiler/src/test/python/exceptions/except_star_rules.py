def reraise_in_star():
    try:
        raise ExceptionGroup("g", [ValueError("a"), ValueError("b")])
    except* ValueError:
        raise
try:
    reraise_in_star()
except ExceptionGroup as e:
    print("bare raise keeps group:", repr(e))
def raise_new_in_star():
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError as e:
        raise TypeError("new") from e
try:
    raise_new_in_star()
except ExceptionGroup as e:
    print("new exception wrapped:", repr(e), repr(e.exceptions[0].__cause__))
except TypeError as e:
    print("new exception raw:", repr(e), repr(e.__cause__))
def star_with_naked_exception():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        result = type(g).__name__, g.exceptions
    return result
print(star_with_naked_exception())
def no_match():
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* ValueError:
        print("wrong")
try:
    no_match()
except ExceptionGroup as e:
    print("passed through:", repr(e))
