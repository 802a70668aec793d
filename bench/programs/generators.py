# generators [N]: pipelines of generator functions and generator expressions over N numbers:
# filtering, mapping, windows, yield from delegation, send() into a coroutine-style generator,
# and a recursive tree walk. Measures generator creation, resumption and StopIteration handling.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def not_divisible_by(items, k):
    for x in items:
        if x % k:
            yield x


def squares(items):
    for x in items:
        yield x * x


def pairs(items):
    it = iter(items)
    previous = next(it, None)
    for x in it:
        yield previous, x
        previous = x


def chained(n):
    yield from numbers(n)
    yield from (-x for x in numbers(n))


def averager():
    # send() feeds values; each yield answers the running mean, scaled to an int.
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        if value is None:
            return count
        total += value
        count += 1
        mean = total * 1000 // count


class Tree:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def in_order(tree):
    if tree is not None:
        yield from in_order(tree.left)
        yield tree.value
        yield from in_order(tree.right)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
    checksum = 0
    pipeline = squares(not_divisible_by(not_divisible_by(numbers(n), 3), 5))
    checksum += sum(pipeline) % 1000000007
    checksum += sum(b - a for a, b in pairs(x for x in numbers(n) if x & 1))
    checksum += sum(chained(n)) + sum(1 for _ in chained(n))
    avg = averager()
    next(avg)
    last = 0
    for x in numbers(n):
        last = avg.send(x % 97)
    try:
        avg.send(None)
    except StopIteration as stop:
        checksum += stop.value
    checksum += last
    tree = build(0, n // 4)
    walked = 0
    for rounds in range(2):
        for v in in_order(tree):
            walked += v
    checksum += walked
    checksum += len([c for c in (str(x) for x in numbers(n // 4)) if c.endswith("7")])
    print("generators(%d): checksum %d" % (n, checksum))


main()
