print(2 * 3 + 4, "ab" * 3, (1, 2) + (3,), -(-5), ~0, not 0)
print(1 / 3, 2 ** 100, 10 // 3, -7 % 3, 2 ** -2, 1 << 10)
print("x" * 0, "x" * -1, (1,) * 3, b"a" * 2)
def f():
    return 2 ** 64 * 2 ** 64
print(f())
def g():
    return "a" + "b" + "c" * 2
print(g())
def h():
    return (1, 2, (3, 4), "s", None, ..., True, 1.5, 2j)
print(h())
def big():
    return "x" * 5000
print(len(big()))
def bigint():
    return 2 ** 10000 % 1000
print(bigint())
print(1 if 2 else 3, 0 and 1, [1, 2][0], "abc"[1], (1, 2, 3)[-1])
def neg():
    return -0.0, -(0.0), 0.0 * -1
print(neg())
print(1 - 0.1, 1.0 / 3.0 * 3.0, 0.1 * 3)
def tuple_in():
    x = 2
    return x in (1, 2, 3), x in [4, 5], x not in {2}
print(tuple_in())
def strs():
    return "α" * 3, "\U0001F600" + "!"
print(strs())
