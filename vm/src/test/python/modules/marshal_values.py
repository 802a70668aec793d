# marshal: round trips of every marshallable kind, code objects, and the errors for bad data.
import marshal
values = [None, True, False, ..., 0, -1, 2 ** 31, -2 ** 100, 1.5, -0.0, float("inf"), 2 + 3j, "", "héllo",
          "\U0001f600", b"", b"\x00\xff", (), (1, (2, "x")), [1, [2]], {"a": 1, 2: [3]}, {1, 2}, frozenset({3}),
          StopIteration]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(type(back).__name__, back == v or back is v, repr(back)[:40])
code = compile("def f(a, *, b=2):\n    return a + b\n", "<m>", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(code)), ns)
print(ns["f"](1), marshal.version)
for bad in [b"", b"\x00", b"i\x01", b"\xff", b"s\x05\x00\x00\x00ab"]:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
for v in [object(), [object()], {1: print}]:
    try:
        marshal.dumps(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.loads(marshal.dumps(code), allow_code=False)
except Exception as e:
    print(type(e).__name__, e)
