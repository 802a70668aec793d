a, b, c = 1, 2, 3
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
a, b, c, d = 1, 2, 3, 4
a, b, c, d = d, c, b, a
print(a, b, c, d)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
x = [5, 6]
i = 0
i, x[i] = 1, 7
print(i, x)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(n) for n in range(15)])
