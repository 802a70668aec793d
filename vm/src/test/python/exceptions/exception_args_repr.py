# repr/str of built-in exceptions with various arguments, including nested exceptions and non-string args.
excs = [ValueError(), ValueError(""), ValueError("x"), ValueError("x", "y"), ValueError(1), ValueError(None), ValueError([1, 2]),
        ValueError(ValueError("inner")), KeyError(""), KeyError(0), KeyError((1, 2)), KeyError("a", "b"), IndexError(-1),
        TypeError("multi\nline"), RuntimeError("quote ' and \""), Exception(b"bytes"), Exception(1.5), Exception({"k": 1}),
        StopIteration(), StopIteration(None), StopIteration(1, 2), SystemExit(), SystemExit(0), SystemExit("msg"),
        UnicodeError(), AssertionError("a"), ZeroDivisionError("division by zero"), NotImplementedError(), BaseException("b")]
for e in excs:
    print(f"{type(e).__name__:20} repr={e!r} str={str(e)!r} args={e.args}")
class Custom(Exception):
    pass
print(repr(Custom()), repr(Custom("c")), str(Custom(1, 2)))
class Q(Exception):
    __qualname__ = "Outer.Q"
print(repr(Q("x")))
print(repr(Exception(*range(5))), str(Exception(*range(3))))
for cls in (OSError, UnicodeDecodeError, SyntaxError, ImportError, AttributeError, NameError):
    try:
        e = cls()
        print(cls.__name__, repr(e), repr(str(e)), e.args)
    except TypeError as err:
        print(cls.__name__, "TypeError", err)
eg = ExceptionGroup("msg", [ValueError("a"), KeyError("b")])
print(repr(eg), str(eg), eg.args)
print(repr(BaseExceptionGroup("bg", [KeyboardInterrupt()])), str(BaseExceptionGroup("bg", [ValueError()])))
