# Infinite generators consumed carefully: primes sieve, collatz, zip with finite sequences, generator state sharing.
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
ps = primes()
print([next(ps) for _ in range(15)])
print(next(ps), next(ps))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
def count_up():
    i = 0
    while True:
        yield i
        i += 1
print(list(zip("abc", count_up())), dict(zip(count_up(), "xyz")))
shared = count_up()
print(list(zip(shared, shared, range(3))))
print(next(shared))
def squares_until(limit):
    for n in count_up():
        sq = n * n
        if sq > limit:
            return n
        yield sq
print(list(squares_until(50)))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            break
        yield x
print(list(take_while(lambda x: x < 20, (2 ** i for i in count_up()))))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
