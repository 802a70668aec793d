# Deep recursion under a raised recursion limit: calls deeper than the compiled tier goes (it
# uses the Java stack) continue in the interpreter, limited by sys.getrecursionlimit() alone.
import sys

sys.setrecursionlimit(100000)


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


for _ in range(3):  # hot enough to be compiled, then deep
    for depth in (10, 1000, 5000, 60000):
        assert count(depth) == depth
print("count", count(60000))


def unwind(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return unwind(n - 1)
    finally:
        pass


try:
    unwind(30000)
except ValueError as e:
    tb, frames = e.__traceback__, 0
    while tb:
        frames += 1
        tb = tb.tb_next
    print("traceback frames", frames)


def nested(n):
    if n:
        yield from nested(n - 1)
    yield n


print("yield from", sum(nested(2500)))
sys.setrecursionlimit(3000)


def forever():
    return forever()


try:
    forever()
except RecursionError as e:
    print("RecursionError:", e)
