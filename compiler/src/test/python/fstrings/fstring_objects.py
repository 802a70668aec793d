class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return f"({self.x:{spec}}, {self.y:{spec}})"
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
p = P(3, 4)
print(f"{p}", f"{p:.1f}", f"{p:polar}", f"{p!r}", f"{[p]}")
import datetime
d = datetime.datetime(2020, 1, 2, 3, 4, 5)
print(f"{d:%H:%M:%S}", f"{d.year}-{d.month:02d}", f"{d!r}")
print(f"{[x ** 2 for x in range(4)]}", f"{dict(a=1)['a']}", f"{'x'.upper():>3}")
items = {"apple": 1.5, "kiwi": 0.25}
for name, price in items.items():
    print(f"{name:<8}{price:>6.2f}")
