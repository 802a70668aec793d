# -*- coding: utf-8 -*-
"""A tour of Python 3.13 statements: the fuzz test mutates this file byte by byte."""
from __future__ import annotations

import os, sys as system
from collections import (OrderedDict as OD,
                         defaultdict)
from . import sibling
from ..parent.module import *


@decorator
@decorator.with_args(1, key="v")
class Account[T: (int, float) = int, *Ts, **P](Base, metaclass=Meta):
    '''Docstring with 'quotes' and "doubles".'''
    rate: float = 0.5
    owner: str

    def __init__(self, /, balance=0, *args, limit: int = 10, **kwargs) -> None:
        self.balance = balance
        self.history: list[int] = []
        super().__init__(*args, **kwargs)

    async def fetch(self, url, *, retries=3):
        async with session.get(url) as resp, other() as (a, b):
            async for chunk in resp.content:
                yield chunk
        await asyncio.sleep(0.1)
        return [x async for x in aiter() if await x]

    @property
    def total(self): return sum(h for h in self.history)


type Pair[K, V = int] = tuple[K, V]


def control(items, flag=True):
    global counter
    counter += 1
    for i, item in enumerate(items):
        if i % 2 == 0 and not flag or item is None:
            continue
        elif item in (1, 2, 3):
            break
        else:
            pass
    else:
        print("no break")
    while counter < 10:
        counter <<= 1
    try:
        risky()
    except (ValueError, TypeError) as exc:
        raise RuntimeError("wrapped") from exc
    else:
        del items[0], items[-1:]
    finally:
        assert counter, f"counter={counter!r:>10} {counter:{width}.{prec}f} {'nested' + f'{x}'}"

    try:
        pass
    except* OSError:
        pass
    with open("f") as fh:
        data = fh.read()
    lambda_ = lambda a, b=2, *c, d, **e: (a, b, c, d, e)
    x = y = z = 0
    x, *rest = [1, 2, 3]
    (a, b), c = (1, 2), 3
    value = a if b else c
    mapping = {"k": 1, **other, 2: [3, {4}]}
    matrix = [[row[i] for row in rows] for i in range(3)]
    gen = (n ** 2 for n in range(10) if n % 3)
    sets = {e for e in "abc"}
    dct = {k: v for k, v in zip("ab", "cd")}
    if (n := len(data)) > 10:
        print(n, sep='', end="\n", file=system.stderr)
    s = data[1:2, ::3, ...]
    b = b'bytes\x00\xff' rb'\d' Rb"raw"
    u = u'unicode' '\N{BULLET} \u00e9 \U0001F600'
    num = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 3.14e-10 + 2j + .5 + 5.
    return not x, -x, +x, ~x, x @ y, x // y, x % y, x >> 2, x & y | z ^ 1


def matcher(command):
    match command.split():
        case [action]:
            return action
        case ["go", ("north" | "south") as direction, *_]:
            return direction
        case {"x": 0, "y": y, **rest} if y > 0:
            return rest
        case Point(x=0, y=0) | Point(1, 2):
            return None
        case -1 | 1.5 | 2 + 3j | "s" | b"b" | None | True:
            return False
        case _:
            nonlocal_value = 1
    return match


if __name__ == "__main__":
    control([1, 2, 3]); matcher("go north")
