def cause():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    cause()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def context():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
try:
    context()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def suppress():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("clean") from None
try:
    suppress()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def finally_context():
    try:
        raise KeyError("a")
    finally:
        pass
try:
    try:
        raise KeyError("first")
    finally:
        try:
            raise ValueError("second")
        except ValueError as v:
            print("inner ctx", repr(v.__context__))
except KeyError as k:
    print("outer", repr(k), k.__context__)
