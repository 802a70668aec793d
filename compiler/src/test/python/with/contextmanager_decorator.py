from contextlib import contextmanager, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print("cm caught", e)
with catching():
    raise ValueError("in body")
print("after catching")
with ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")
with tag("outer"), tag("inner"):
    pass
