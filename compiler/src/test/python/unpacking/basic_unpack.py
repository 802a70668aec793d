a, b, c = 1, 2, 3
print(a, b, c)
a, b, c = "xyz"
print(a, b, c)
a, b, c = range(3)
print(a, b, c)
(a, b), c = [1, 2], 3
print(a, b, c)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
(a,) = [42]
print(a)
[] = []
print("empty unpack ok")
