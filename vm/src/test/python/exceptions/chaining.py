# Implicit and explicit chaining: __context__, __cause__, __suppress_context__, raise from None.
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)
try:
    raise LookupError("x") from ValueError("direct cause")
except LookupError as e:
    show(e)
for bad in (1, "s", ValueError):
    try:
        raise RuntimeError() from bad
    except TypeError as e:
        print("TypeError", e)
    except RuntimeError as e:
        print("cause class instance ->", type(e.__cause__).__name__)
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__)
try:
    e.__cause__ = "bad"
except TypeError as err:
    print("TypeError", err)
try:
    e.__context__ = 5
except TypeError as err:
    print("TypeError", err)
def nested():
    try:
        raise KeyError("inner")
    finally:
        raise IndexError("from finally")
try:
    nested()
except IndexError as e:
    show(e)
try:
    try:
        raise ValueError("same")
    except ValueError as first:
        raise first
except ValueError as e:
    show(e)
try:
    err = TypeError("reraised")
    try:
        raise err
    except TypeError:
        try:
            raise KeyError("k2")
        except KeyError:
            raise err
except TypeError as e:
    show(e)
