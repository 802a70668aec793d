class Shared:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.count, b.count, Shared.count, "count" in vars(a))
class Fixed:
    def __init__(self):
        self.items = []
c, d = Fixed(), Fixed()
c.items.append(1)
print(c.items, d.items)
class Default:
    x = 10
    def get(self):
        return self.x
obj = Default()
print(obj.get())
obj.x = 20
print(obj.get(), Default.x)
Default.x = 30
print(obj.get(), Default().get())
del obj.x
print(obj.get())
class Child(Default):
    pass
print(Child().get(), Child.x, "x" in Child.__dict__)
