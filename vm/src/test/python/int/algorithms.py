# Integer algorithms: gcd/lcm by hand, modular inverse, primes, factorial digits, fibonacci with big ints, isqrt.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b)
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6), gcd(2 ** 100, 2 ** 60 * 3))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
print(pow(17, -1, 3120), 17 * pow(17, -1, 3120) % 3120)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99), isqrt(100))
f = 1
for i in range(2, 101):
    f *= i
print(sum(int(c) for c in str(f)), len(str(f)), str(f).count("0"), f % (10 ** 9 + 7))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, len(str(a)))
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(100) if is_prime(n)][-5:], is_prime(2 ** 31 - 1), sum(1 for n in range(1000) if is_prime(n)))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out or "0"
print(to_base(255, 2), to_base(255, 16), to_base(2 ** 64, 36), int(to_base(2 ** 64, 36), 36) == 2 ** 64)
print(sum(x * x for x in range(1, 101)), sum(range(1, 101)) ** 2, 3 ** 100 % 7, (2 ** 127 - 1) % 1000000)
