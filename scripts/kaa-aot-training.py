# The training run behind Kaa's JDK AOT cache (see ../kaa): the JVM records which classes this
# run loads and links, so that later runs start with them ready. So this run touches the common
# instructions and built-in operations broadly, and runs long enough (over 1000 calls and loop
# iterations of `work`) for the compiled tier to make classes of hot code and of hot built-in
# methods: the class-file library they need is then in the cache too. Output goes nowhere.
import sys
import os
import collections
import functools
import itertools
import operator


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        type(self).count += 1

    def area(self):
        return 0.0

    @property
    def label(self):
        return self.name.upper()

    @label.setter
    def label(self, value):
        self.name = value.lower()

    @classmethod
    def make(cls, *args):
        return cls(*args)

    @staticmethod
    def unit():
        return 1

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()

    def __hash__(self):
        return hash(self.area())

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return exc[0] is KeyError


class AppError(Exception):
    pass


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def counter():
    n = 0

    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total / count


def words(n, seed=12345):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        out.append("w%d" % (seed % 97))
    return out


def evaluate(node, env):
    match node:
        case ("num", value):
            return value
        case ("var", name):
            return env[name]
        case ("add", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("mul", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case [op, *rest] if op == "neg":
            return -evaluate(rest[0], env)
        case {"const": c}:
            return c
        case Vec(x=x, y=y):
            return x + y
        case _:
            raise AppError(f"bad node {node!r}")


def work(rounds):
    total = 0
    inc = counter()
    for r in range(rounds):
        total += fib(14) + inc() + inc(2)
        shapes = [Circle(i % 5 + 1) if i % 2 else Rect.make(i % 3 + 1, 2) for i in range(40)]
        shapes.sort()
        total += int(sum(s.area() for s in shapes)) + len({s for s in shapes}) + Shape.count % 7
        s0 = shapes[0]
        s0.label = "Box"
        total += len(s0.label) + len(repr(s0)) + Shape.unit() + (s0 == shapes[1])
        v = Vec(0.0, 0.0)
        for i in range(100):
            v = v + Vec(i * 0.5, -i / 3) * 0.5
        total += int(v.dot(Vec(1.0, 1.0)))
        ws = words(200, r + 1)
        counts = collections.Counter(ws)
        d = {}
        for w in ws:
            d[w] = d.get(w, 0) + 1
            d.setdefault("_" + w[:2], []).append(w)
        text = " ".join(sorted(counts, key=lambda k: (-counts[k], k))).upper().lower()
        parts = text.split()
        total += len(parts) + text.count("w1") + text.find("w5") + len(text.replace("w", "v").strip())
        total += sum(v for k, v in counts.items() if k.startswith("w1") or k.endswith("7"))
        total += len(f"{total:>12,} {r:04d} {3.14159:.3f} {'x'!r:>5}") + len("{} {:x}".format(r, r))
        total += len("%s-%d-%5.2f" % ("a", r, r / 7))
        tree = Node(1, [Node(2, [Node(3), Node(4)]), Node(5)])
        total += sum(tree.walk()) + sum(x * x for x in range(50) if x % 3)
        avg = averager()
        next(avg)
        for x in (1, 2, 3, 4):
            avg.send(x)
        try:
            avg.send(None)
        except StopIteration as stop:
            total += stop.value
        for k in ("a", "missing"):
            try:
                total += {"a": 1}[k]
            except KeyError as e:
                total += len(str(e))
            finally:
                total += 1
        try:
            try:
                1 / 0
            except ZeroDivisionError as e:
                raise AppError("wrapped") from e
        except AppError as e:
            total += e.__cause__ is not None
        try:
            int("x%d" % r)
        except ValueError:
            total += 1
        with Resource():
            {}["absent"]
        seq = list(range(30))
        seq[2:5] = [9, 9]
        del seq[::7]
        a, *mid, b = seq
        total += a + b + len(mid) + seq[-1] + len(seq[::2]) + seq.index(9) + seq.count(9)
        t = tuple(seq)
        total += t[3] + len(t + (1, 2)) + (5 in t) + (99 not in seq)
        env = {"x": 3, "y": 4}
        expr = ("add", ("mul", ("num", 2), ("var", "x")), ("neg", ("var", "y")))
        total += evaluate(expr, env) + evaluate({"const": 5}, env) + int(evaluate(Vec(1.0, 2.0), env))
        total += functools.reduce(operator.add, itertools.islice(itertools.count(), 20))
        total += sum(map(len, filter(None, ["a", "", "bc"]))) + sum(i * j for i, j in zip(range(5), range(5, 10)))
        total += sum(i for i, _ in enumerate("hello")) + max(seq) - min(seq) + abs(-r) + round(2.5) + pow(2, 10, 7)
        s = set(range(10)) | {20} - {3}
        fs = frozenset(s) & s
        total += len(s ^ fs) + len(sorted(s, reverse=True)) + any(x > 5 for x in s) + all(x >= 0 for x in s)
        big = 2 ** 100 + r
        total += big % 97 + (big >> 90) + (big // 3 % 11) + len(str(big)) + int(1e6) // 7 + int(2.5 * r)
        if (n := len(parts)) > 10 and not r % 2 or r == 1:
            total += n
        i = 0
        while i < 20:
            i += 1
            if i % 3 == 0:
                continue
            if i > 15:
                break
            total += i if i % 2 else -i
        g = globals()
        total += len(os.path.join("a", "b")) + ("work" in g) + isinstance(total, int) + callable(work)
        total += len(str(3.5)) + len(repr(0.1)) + int(float("1.5") * 2) + hash("abc") % 2 + len(chr(65) + str(ord("a")))
        b = b"bytes" + bytes([65, 66])
        total += len(b) + b.find(b"t") + len(bytearray(b).upper()) + len(b.decode())
    return total


work(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
