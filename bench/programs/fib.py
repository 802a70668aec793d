# fib [N]: the naive doubly recursive Fibonacci function, plus its memoised and iterative forms as
# a check. Measures the cost of Python-to-Python calls, small-int arithmetic and comparisons.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_memo(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 36
    value = fib(n)
    agree = value == fib_memo(n) == fib_loop(n)
    print("fib(%d) = %d, %s" % (n, value, "forms agree" if agree else "forms DISAGREE"))


main()
