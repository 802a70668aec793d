data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 10) > 35])
print(y)
def f():
    seen = [last := x for x in range(4)]
    return seen, last
print(f())
def g():
    total = 0
    sums = [total := total + v for v in [1, 2, 3, 4]]
    return sums, total
print(g())
print([(z := i, z * 2) for i in range(3)], z)
def h():
    return {k: (m := k * 3) for k in range(3)}, m
print(h())
print([[w := j for j in range(i)] for i in range(3)], w)
