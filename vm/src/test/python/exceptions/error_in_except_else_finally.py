# Exceptions raised from else and finally clauses, nested try in handlers, return overriding exceptions.
def else_raises():
    try:
        x = 1
    except ValueError:
        return "handler"
    else:
        raise KeyError("from else")
    finally:
        print("finally after else raise")
try:
    else_raises()
except KeyError as e:
    print("KeyError", e, e.__context__)
def finally_overrides():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    finally_overrides()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
def handler_then_finally():
    try:
        raise ValueError("v")
    except ValueError:
        raise RuntimeError("r")
    finally:
        print("finally sees nothing to do")
try:
    handler_then_finally()
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__context__))
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break swallowed the exception"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    try:
        try:
            return "inner return"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def except_in_handler():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            return repr(inner.__context__)
print(except_in_handler())
