def div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return f"ZDE: {e}"
    except TypeError:
        return "TypeError"
print(div(1, 2), div(1, 0), div("a", 1))
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except LookupError as e:
    print("LookupError caught", repr(e))
try:
    int("x")
except Exception as e:
    print(type(e).__name__, e)
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
except KeyError:
    print("outer handler")
