class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *exc):
        Resource.opened -= 1
    def __iter__(self):
        return iter(self.name)
    def __len__(self):
        return len(self.name)
with Resource("abc") as r:
    print(list(r), len(r), Resource.opened)
print(Resource.opened)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Iterator:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(Iterator()), sum(Iterator()), dict(zip(Iterator(), "abc")))
