class C:
    count = 0
    def __init__(self, v):
        self.v = v
    @classmethod
    def make(cls, v):
        cls.count += 1
        return cls(v)
    @staticmethod
    def helper(x):
        return x * 2
    def method(self):
        return self.helper(self.v)
class D(C):
    pass
c = C.make(3)
d = D.make(4)
print(type(c).__name__, type(d).__name__, C.count, D.count)
print(C.helper(5), c.helper(6), c.method(), d.method())
print(isinstance(C.__dict__["make"], classmethod), isinstance(C.__dict__["helper"], staticmethod))
print(C.make.__self__ is C, D.make.__self__ is D)
