class It:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            print("yield", i)
            yield i
a, b = It(2)
print(a, b)
try:
    a, b = It(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = It(1)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c, d = It(2)
except ValueError as e:
    print("ValueError:", e)
a, *b = {"only": 1}
print(a, b)
s1, s2 = "ab"
print(s1, s2)
x, y = b"xy"
print(x, y)
