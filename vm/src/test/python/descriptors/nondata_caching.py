# A non-data descriptor that caches into the instance dict: first access computes, later ones hit the dict.
class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    def __init__(self, n):
        self.n = n
    @lazy
    def squares(self):
        return [i * i for i in range(self.n)]
    @lazy
    def total(self):
        return sum(self.squares)
d = Data(5)
print(d.total)
print(d.total, d.squares)
print(sorted(vars(d)))
del d.total
print(d.total)
d.squares = "overwritten"
print(d.squares, type(Data.squares).__name__)
class Data2(Data):
    @property
    def squares(self):
        return "property wins (data descriptor)"
d2 = Data2(3)
d2.__dict__["squares"] = "ignored"
print(d2.squares)
try:
    d2.total
except TypeError as e:
    print("TypeError", e)
