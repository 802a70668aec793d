"""A sample module: the launcher tests print its tree and compile it."""
import sys
from collections import namedtuple as nt


@staticmethod
def greet(name: str, *args, sep=", ", **kw) -> str:
    """Say hello."""
    return f"hello{sep}{name!r:>10}" + "".join(str(a) for a in args)


class Point(nt("P", "x y")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


async def main(items):
    total = 0
    async with lock:
        async for item in items:
            match item:
                case {"x": x, **rest} if x > 0:
                    total += x
                case [1, *others] | (2, *others):
                    total -= len(others)
                case Point(x=0) as p:
                    print(p)
                case _:
                    pass
    try:
        result = [y for y in range(10) if (z := y * 2) > 3]
    except* ValueError as eg:
        raise RuntimeError("bad") from eg
    finally:
        del total
    return lambda a, /, b=1, *, c: a + b + c


type Pair[T: int, *Ts, **P] = tuple[T, T]
x = 1_000_000 + 0x_ff + 1e-5j - 3.14 ; y = b'\x00' + rb'\d'
print(x if x else y, not x, -x, ~len(y), sep="\N{BULLET}")
