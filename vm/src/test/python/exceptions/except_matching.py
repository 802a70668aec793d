# The except-target is deleted after the handler; handler selection by tuple and by base class.
e_name = "exists"
try:
    raise ValueError("x")
except ValueError as e_name:
    pass
try:
    print(e_name)
except NameError as err:
    print("NameError", err)
for exc in (ValueError, TypeError, KeyError, Exception):
    try:
        raise exc("msg")
    except (ValueError, TypeError) as e:
        print("tuple handler", type(e).__name__)
    except LookupError as e:
        print("lookup handler", type(e).__name__)
    except BaseException as e:
        print("base handler", type(e).__name__)
def handler_order(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
print([handler_order(x) for x in (KeyError, IndexError, ValueError, SystemExit, KeyboardInterrupt, GeneratorExit)])
def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise KeyError("from handler") from e
    except KeyError as outer:
        return repr(outer), repr(outer.__cause__)
print(nested_handlers())
handled = []
for i in range(3):
    try:
        if i == 1:
            raise StopIteration(i)
        handled.append(i)
    except StopIteration as s:
        handled.append(("stop", s.value))
print(handled)
