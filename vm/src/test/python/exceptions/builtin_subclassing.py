# Subclassing built-in exceptions: custom __init__ signatures, args, pickling-free __reduce__, KeyError str.
class AppError(Exception):
    code = 1
class NotFound(AppError, LookupError):
    code = 404
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
try:
    raise NotFound("page")
except LookupError as e:
    print(type(e).__name__, e, e.args, e.code, e.what, isinstance(e, AppError), [c.__name__ for c in type(e).__mro__])
class MyKeyError(KeyError):
    pass
print(str(MyKeyError("k")), repr(MyKeyError("k")), str(MyKeyError()), str(MyKeyError(1, 2)))
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
        self.reason = reason
try:
    raise KwOnly(reason="kw")
except KwOnly as e:
    print(e, e.reason, e.__reduce__()[1])
class Many(Exception):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c
m = Many(1, 2, 3)
print(m, m.args, m.c, repr(m))
class NoArgs(Exception):
    def __init__(self):
        super().__init__()
print(repr(NoArgs()), str(NoArgs()) == "")
class ArgsOverride(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, "forced")
        return inst
print(ArgsOverride("given").args, ArgsOverride().args)
class StopWithValue(StopIteration):
    pass
print(StopWithValue(42).value, StopWithValue().value)
class SE(SystemExit):
    pass
print(SE(3).code, issubclass(SE, BaseException), issubclass(SE, Exception))
class EG(ExceptionGroup):
    pass
eg = EG("mine", [ValueError(1)])
print(type(eg).__name__, repr(eg), type(eg.split(ValueError)[0]).__name__)
