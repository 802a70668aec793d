"""A module whose code object holds every kind of constant marshal writes (test input)."""
import sys

BIG = 123456789012345678901234567890
NEG = -98765432109876543210
FLOATS = (0.0, -0.0, 1.5, 1e300, float("inf"))
COMPLEX = 3 + 4j
BYTES = b"\x00\xffbytes"
TEXT = "caf\u00e9 \u20ac \U0001f600 \udc80"
NAMES = frozenset({"a", "b", "c"})
LONG_TEXT = "x" * 300 + " not a name"


def outer(a, b=2, *args, c, d=4, **kwargs):
    total = a + b + c + d + len(args) + len(kwargs)

    def inner(x):
        nonlocal total
        total += x
        return total

    try:
        return [inner(i) for i in range(3)]
    except (ValueError, TypeError) as e:
        raise RuntimeError("failed") from e
    finally:
        print("done", file=sys.stderr)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>{4}})"


async def agen():
    async with open_thing() as t:
        async for item in t:
            yield item


def matcher(value):
    match value:
        case {"kind": "pair", "items": [first, *rest]}:
            return first, rest
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case _:
            return ...
