def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def nested_reraise():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ValueError("v")
        except ValueError:
            pass
        raise
try:
    nested_reraise()
except KeyError as e:
    print("outer exception restored:", repr(e))
import sys
def exc_info_demo():
    try:
        raise IndexError("idx")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None)
    print(sys.exc_info())
    print(sys.exception())
exc_info_demo()
