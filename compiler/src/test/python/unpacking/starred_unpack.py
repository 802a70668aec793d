first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(10)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*all_, = (1, 2, 3)
print(all_)
for h, *t in [(1, 2, 3), (4,), (5, 6)]:
    print(h, t)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
head, *tail = iter(range(4))
print(head, tail)
def gen():
    yield from (10, 20, 30, 40)
x, *y, z = gen()
print(x, y, z)
