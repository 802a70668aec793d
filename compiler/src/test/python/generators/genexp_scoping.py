x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
data = [1, 2, 3]
g = (d * 2 for d in data)
data = [100]
print(list(g))
try:
    g = (1 / i for i in [1, 0])
    print(next(g))
    print(next(g))
except ZeroDivisionError as e:
    print("ZDE", e)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
cond = (i for i in range(20) if i % 3 == 0 if i % 2 == 0)
print(list(cond))
print(sorted((v for v in [3, 1, 2]), reverse=True))
g = (i for i in range(3))
print(type(g).__name__, g.__name__, iter(g) is g)
print(list(g), list(g))
try:
    (i for i in 5)
except TypeError as e:
    print("TypeError:", e)
