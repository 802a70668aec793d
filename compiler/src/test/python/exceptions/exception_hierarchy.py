for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, StopAsyncIteration,
            UnicodeDecodeError, ModuleNotFoundError, NotImplementedError, TimeoutError, KeyboardInterrupt]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:-1]])
try:
    raise NotImplementedError
except RuntimeError:
    print("NotImplementedError is a RuntimeError")
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    open("/nonexistent/kaa/file/path")
except OSError as e:
    print(type(e).__name__, e.errno)
