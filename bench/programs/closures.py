# closures [N]: counters and accumulators kept in cells (nonlocal), function factories, lambdas
# in sort keys and maps, decorator-style wrappers and a small continuation-passing interpreter.
# Measures closure creation, cell loads and stores, and calls of nested functions.
import sys


def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def logged(func):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return func(*args)

    wrapper.calls = calls
    return wrapper


@logged
def mix(a, b):
    return (a * 31 + b) & 0xFFFF


def cps_sum(items, k):
    # Sum a list in continuation-passing style, in chunks so the stack stays shallow.
    def go(i, acc, k):
        if i >= len(items):
            return k(acc)
        return go(i + 1, acc + items[i], k) if i % 64 else k2(i, acc, k)

    def k2(i, acc, k):
        return lambda: go(i + 1, acc + items[i], k)

    result = go(0, 0, k)
    while callable(result):
        result = result()
    return result


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    checksum = 0
    counters = [make_counter(s) for s in range(1, 8)]
    for i in range(n):
        checksum += counters[i % 7]()
    adders = [make_adder(k) for k in range(10)]
    pipeline = adders[0]
    for a in adders[1:]:
        pipeline = compose(a, pipeline)
    for i in range(n // 4):
        checksum += pipeline(i)
    acc = 0
    for i in range(n):
        acc = mix(acc, i)
    checksum += acc + mix.calls[0]
    words = ["w%d" % ((i * 7919) % 1000) for i in range(n // 10)]
    weights = {}
    checksum += len(sorted(words, key=lambda w: (weights.setdefault(w, len(weights)), w)))
    checksum += sum(map(lambda w: weights[w], words))
    for start in range(0, n, max(1, n // 10)):
        checksum += cps_sum(list(range(start, start + n // 50)), lambda total: total % 1000003)
    print("closures(%d): checksum %d" % (n, checksum))


main()
