data = [1, 5, 10, 15, 20]
if (n := len(data)) > 3:
    print("long list", n)
results = [y for x in data if (y := x * 2) > 10]
print(results, y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((a := 10) + a)
def f():
    return [(last := v) for v in range(3)], last
print(f())
print([j := 5, j ** 2])
total = 0
print([total := total + v for v in range(1, 5)], total)
