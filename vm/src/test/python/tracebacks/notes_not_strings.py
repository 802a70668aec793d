# Notes that are not strings, and a __notes__ attribute that is not a list: CPython's rendering of both.
def fail(kind):
    err = RuntimeError(f"failure of kind {kind}")
    err.add_note("a normal note")
    err.__notes__.append(12345)
    err.__notes__.append(["a", "list"])
    raise err
try:
    fail("caught")
except RuntimeError as e:
    print("caught with notes:", e.__notes__)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
fail("escaping")
