"""Docstring before the future import is allowed."""
from __future__ import annotations
def f(
    a: int | None,
    b: list[dict[str, tuple[int, ...]]],
    c: "already a string",
    d: Callable[[int, str], bool],
    e: a.b.c[d][1:2, ::3, ...],
    f: -1 + 2 * 3 ** -4 // (5 - 6) % 7,
    g: not x and (y or z),
    h: x if y else z,
    i: lambda p, *q, r=1, **s: p,
    j: [1, (2,), {3: 4}, {5}],
    k: f"{x!r:>{width}} and {y=}",
    l: (yield_ for yield_ in range(3) if yield_),
    m: [v async for v in w] if False else {k: v for k, v in z},
    n: a < b <= c != d is not e in f not in g,
    o: ~x << 2 >> 3 & 4 | 5 ^ 6,
    p: x[::-1] @ y,
    q: (a, b),
    r: (),
    s: b"bytes" + "s" + 1.5e10 + 1j + 0x10 + True + None + ...,
    *args: *Ts,
    **kwargs: Unpack[TD],
) -> dict[str, "nested" | None]:
    pass
for name, ann in f.__annotations__.items():
    print(f"{name}: {ann}")
class C:
    attr: ClassVar[int] = 1
    other: (1, 2)
    big: 10 ** 100
    neg: -(-x)
    power: (-2) ** 2
    tup_sub: x[1, 2]
    star_sub: x[*y]
print(C.__annotations__)
