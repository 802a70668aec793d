i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print("total", total)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

k = 0
while k < 5:
    k += 1
else:
    print("while-else ran, k =", k)

k = 0
while True:
    k += 1
    if k == 3:
        break
else:
    print("not printed")
print("broke at", k)

a, b = 0, 1
fibs = []
while len(fibs) < 12:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
