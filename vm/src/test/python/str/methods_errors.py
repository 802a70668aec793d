# Argument errors of str methods: wrong types and counts, with CPython's texts.
calls = [
    lambda: "a".split(1), lambda: "a".join(5), lambda: "a".replace(1, 2), lambda: "a".replace("a"), lambda: "a".startswith(1),
    lambda: "a".find(), lambda: "a".center(), lambda: "a".ljust(1, 2), lambda: "a".zfill("3"), lambda: "a".expandtabs("x"),
    lambda: "a".encode(1), lambda: "a".count(1), lambda: "a".strip(5), lambda: "a".partition(1), lambda: "a".splitlines("x"),
    lambda: "a".index(None), lambda: "a".format_map(5), lambda: "{x}".format_map({}), lambda: "a".translate(5),
    lambda: "a".maketrans(), lambda: "a".removeprefix(1), lambda: "a".title(1), lambda: "a".split(sep=1), lambda: "a".upper(x=1),
    lambda: "a" % 5, lambda: "%s %s" % "a", lambda: "a".__getitem__(), lambda: str.join(1, []), lambda: "a".rsplit(None, "2"),
    lambda: "a".isdigit(1), lambda: str(1, 2), lambda: str(b"x", encoding=5), lambda: "x" * (2 ** 63), lambda: "a".center(2 ** 63),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, KeyError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
more = [("a".ljust, (1, "ab")), ("a".rjust, ("1",)), ("a".count, ("a", "b")), ("a".endswith, (("a", None),)),
        ("a".rindex, ("b",)), ("a".rfind, ("a", 0, "x")), ("a".splitlines, (1, 2)), ("a".isascii, (None,))]
for method, args in more:
    try:
        print(method.__name__, repr(method(*args)))
    except (TypeError, ValueError) as e:
        print(method.__name__, type(e).__name__, e)
