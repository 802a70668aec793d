# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout.
import contextlib
import io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("tag saw", repr(e))
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("swallowed by handler in generator")
print("after b")
try:
    with tag("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
    print("stack body")
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using")
with contextlib.nullcontext(5) as v:
    print("null", v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured text")
print(repr(buf.getvalue()))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
