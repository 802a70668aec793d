for i in range(5):
    pass
print("i leaks", i)
j = "unchanged"
for j in []:
    pass
print(j)
fs = []
for k in range(3):
    fs.append(lambda: k)
print([f() for f in fs])
fs = []
for k in range(3):
    fs.append(lambda k=k: k)
print([f() for f in fs])
total = 0
for idx, (a, b) in enumerate([(1, 2), (3, 4)]):
    total += idx * (a + b)
print(total, idx, a, b)
