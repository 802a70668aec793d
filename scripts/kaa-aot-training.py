# The training run behind Kaa's JDK AOT cache (see ../kaa): the JVM records which classes this
# run loads and links, and the profiles of the methods it runs, so that later runs start with
# them ready. It should touch what typical programs touch: start-up, the compiler, the common
# instructions, the built-in types' methods and a few standard modules. Output goes nowhere.
import sys
import os
import collections
import functools
import itertools
import operator


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def words(n):
    seed = 12345
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        out.append("w%d" % (seed % 97))
    return out


def work(rounds):
    total = 0
    for r in range(rounds):
        total += fib(15)
        p = Point(0.0, 0.0)
        for i in range(200):
            p = p + Point(i * 0.5, -i / 3)
        total += int(p.norm)
        counts = collections.Counter(words(300))
        text = " ".join(sorted(counts)).upper().lower().split()
        total += len(text) + sum(v for k, v in counts.items() if k.startswith("w1"))
        d = {}
        for w in words(200):
            d[w] = d.get(w, 0) + 1
        total += len(d) + len(f"{total:>10,}") + len("{} {!r}".format(r, text[:2]))
        tree = Node(1, [Node(2, [Node(3)]), Node(4)])
        total += sum(tree.walk()) + sum(x * x for x in range(100) if x % 3)
        try:
            {}["missing"]
        except KeyError as e:
            total += len(str(e))
        total += functools.reduce(operator.add, itertools.islice(itertools.count(), 50))
        total += len([c for c in "hello world" if c in "lo"]) + len(os.path.join("a", "b"))
        match (r, "x"):
            case (0, _):
                total += 1
            case _:
                total += 2
    return total


work(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
