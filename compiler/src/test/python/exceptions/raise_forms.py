def r(kind):
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise ValueError("with msg")
    if kind == 3:
        raise ValueError("from", "many", "args")
    if kind == 4:
        raise ValueError from KeyError("cause")
    if kind == 5:
        raise ValueError("x") from None
    if kind == 6:
        err = TypeError("prebuilt")
        raise err
    if kind == 7:
        raise (KeyError if True else ValueError)("dynamic")
for k in range(1, 8):
    try:
        r(k)
    except Exception as e:
        print(k, repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
