def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), f100 % (10 ** 9 + 7))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30))
import math
print(math.isqrt(2 * 10 ** 30) == isqrt(2 * 10 ** 30), math.gcd(2 ** 100, 6 ** 50), math.comb(60, 30))
print(pow(3, 10 ** 18, 10 ** 9 + 7), (-7) ** 21, 7 ** -2, (2 ** 64) // -3, (2 ** 64) % -3)
print(hex(2 ** 100 - 1)[:10], int("9" * 50) + 1 == 10 ** 50, -(10 ** 30) >> 3, (10 ** 30) & (2 ** 64 - 1))
