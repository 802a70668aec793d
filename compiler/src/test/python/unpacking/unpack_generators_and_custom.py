def gen():
    yield 1
    yield 2
    yield 3
a, b, c = gen()
print(a, b, c)
first, *others = gen()
print(first, others)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
x, y, z = Seq(3)
print(x, y, z)
*head, tail = Seq(5)
print(head, tail)
d = {"a": 1, "b": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
m, n = divmod(17, 5)
print(m, n)
(q, r), s = divmod(9, 4), "s"
print(q, r, s)
