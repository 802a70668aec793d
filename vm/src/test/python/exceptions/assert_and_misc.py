# assert messages, NotImplementedError, RecursionError basics, error in __del__-free paths, exception equality.
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
class Abstract:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
try:
    Abstract().area()
except NotImplementedError as e:
    print("NotImplementedError", e, isinstance(e, RuntimeError))
def overflow(n):
    return overflow(n + 1)
try:
    overflow(0)
except RecursionError as e:
    print("RecursionError", e)
import sys
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit", e.code, e)
try:
    sys.exit(3)
except SystemExit as e:
    print("sys.exit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit()", e.code)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
try:
    raise GeneratorExit("ge")
except GeneratorExit as e:
    print("GeneratorExit", e)
err = ValueError("a")
print(err == err, ValueError("a") == ValueError("a"), err.__reduce__())
try:
    raise MemoryError()
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    raise UnboundLocalError("u")
except NameError as e:
    print(type(e).__name__, e)
try:
    exit_code = None
    raise SystemExit(None)
except SystemExit as e:
    print(e.code, e.args)
print(sys.flags.optimize, __debug__)
