# bytes/bytearray error messages: decode errors, bad indices, invalid arguments, immutability.
b = b"abc"
checks = [
    lambda: b[3], lambda: b[-4], lambda: b["1"], lambda: b.__setitem__(0, 1), lambda: b + 1, lambda: b * "2",
    lambda: b.decode("nope"), lambda: b"\xff".decode("utf-8"), lambda: b"\xff".decode("ascii"), lambda: b.index(b"z"),
    lambda: bytes(-1), lambda: bytes([1.5]), lambda: bytes("é", "ascii"), lambda: bytes(b"x", "utf-8"), lambda: b.fromhex("0"),
    lambda: b.join([1]), lambda: b.split(1), lambda: b.count(None), lambda: b.hex(1), lambda: b.startswith(5),
    lambda: b.center(5, b"xy"), lambda: b.zfill("3"), lambda: b < "abc", lambda: b.translate(b"short"), lambda: b.maketrans(b"a", b"bc"),
    lambda: bytearray(b"a").__setitem__(slice(0, 1), 5), lambda: bytearray(b"abc").__delitem__(5), lambda: bytearray(3).pop(7),
    lambda: bytearray(b"a").remove(300), lambda: bytearray(b"a").index(b"b"), lambda: bytearray(b"a").insert(5, -3),
]
for c in checks:
    try:
        print(repr(c()))
    except (IndexError, TypeError, ValueError, LookupError, UnicodeError, AttributeError) as e:
        print(type(e).__name__, e)
mv = memoryview(b"ro")
for f in (lambda: mv.__setitem__(0, 1), lambda: mv[5], lambda: mv.cast("Q"), lambda: memoryview(bytearray(2)).__setitem__(0, b"xy")):
    try:
        print(f())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b"abc".decode("utf-16")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
