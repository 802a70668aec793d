# bigint [N]: big-integer arithmetic: the first N decimal digits of pi from a spigot that composes
# linear fractional transformations, factorials by a product tree, decimal digit sums by repeated
# divmod, Fibonacci numbers by fast doubling and three-argument pow. Measures multi-word
# multiplication, floor division, shifts and comparisons of ints far larger than a machine word.
import sys


def pi_digits(count):
    # The state (q, r, t) is the map x -> (q*x + r) / t; each term k of the series for pi
    # composes it with x -> (k*x + 4k + 2) / (2k + 1). Once the images of 3 and 4 have the same
    # integer part, that part is the next digit.
    q, r, t = 1, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        k += 1
        m = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * m, t * m
        if q > r:
            continue
        low = (3 * q + r) // t
        high = (4 * q + r) // t
        if low != high:
            continue
        digits.append(low)
        r = 10 * (r - low * t)
        q *= 10
    return digits


def product(lo, hi):
    """The product lo * (lo+1) * ... * (hi-1), by halves, so the operands stay balanced."""
    if hi - lo <= 8:
        result = 1
        for i in range(lo, hi):
            result *= i
        return result
    mid = (lo + hi) // 2
    return product(lo, mid) * product(mid, hi)


def digit_sum(x):
    total = 0
    chunk = 10 ** 18
    while x:
        x, low = divmod(x, chunk)
        while low:
            low, d = divmod(low, 10)
            total += d
    return total


def fibonacci(n):
    """(F(n), F(n+1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fibonacci(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3300
    digits = pi_digits(n)
    pi_check = 0
    for d in digits:
        pi_check = (pi_check * 10 + d) % 1000000007
    fact = product(1, n + 1)
    fsum = digit_sum(fact)
    zeros = 0
    while fact % 10 == 0:
        fact //= 10
        zeros += 1
    f, g = fibonacci(n * 50)
    gcd_steps = 0
    while g:
        f, g = g, f % g
        gcd_steps += 1
    modulus = (1 << 521) - 1
    power = pow(3, n * 1000 + 1, modulus)
    print("bigint(%d): pi %s...%s (%d), %d! digit sum %d with %d zeros, gcd steps %d, pow %d"
          % (n, "".join(map(str, digits[:10])), "".join(map(str, digits[-5:])), pi_check, n, fsum,
             zeros, gcd_steps, power % 1000000007))


main()
