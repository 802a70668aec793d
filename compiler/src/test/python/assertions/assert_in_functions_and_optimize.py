import sys
print("optimize flag", sys.flags.optimize)
def checked(x):
    assert x >= 0, f"negative: {x}"
    return x ** 0.5
print(checked(16))
try:
    checked(-1)
except AssertionError as e:
    print("AssertionError:", e)
def assert_tuple_warning_free(x):
    assert x, "non-empty"
    return "ok"
print(assert_tuple_warning_free(1))
def assert_in_loop(items):
    for i, v in enumerate(items):
        assert v != i, i
    return "no fixed point"
print(assert_in_loop([1, 2, 3]))
try:
    assert_in_loop([5, 1])
except AssertionError as e:
    print("fixed point at", e)
assert __debug__
print("debug", __debug__)
