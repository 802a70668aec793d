assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], f"empty list {[]} is falsy"
except AssertionError as e:
    print(e)
def check(x):
    assert isinstance(x, int), type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("failed for", e)
calls = []
def msg():
    calls.append(1)
    return "msg"
assert True, msg()
print("message evaluated lazily:", calls == [])
try:
    assert (1, 2) == (1, 3), ("tuple", "message")
except AssertionError as e:
    print(e.args)
AssertionError = ValueError
try:
    assert False, "uses builtin AssertionError"
except ValueError:
    print("caught ValueError?")
except BaseException as e:
    print(type(e).__name__)
