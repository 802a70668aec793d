"""A small program to try the launcher on: ./kaa -m dis examples/python/fib.py"""


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    print([fib(i) for i in range(15)])
