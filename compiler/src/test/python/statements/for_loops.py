for i in range(3):
    print("i", i)
for i, c in enumerate("abc", start=1):
    print(i, c)
for k, v in sorted({"b": 2, "a": 1, "c": 3}.items()):
    print(k, v)
for x in [1, 2, 3]:
    if x == 10:
        break
else:
    print("no break")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("x after loop", x)
for _ in ():
    print("never")
else:
    print("empty loop else")
acc = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        acc.append((a, b))
print(acc)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for ch in reversed("hello"):
    print(ch, end="")
print()
it = iter([1, 2, 3, 4])
for v in it:
    print("v", v, "skip", next(it, None))
