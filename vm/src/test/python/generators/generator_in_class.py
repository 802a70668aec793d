# Generators as methods and __iter__ implementations; independent iterators; generator exhaustion per instance.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.depth_first()), list(t.leaves()), sum(t), max(t), 5 in t, 7 in t)
it1, it2 = iter(t), iter(t)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
cd = Countdown(4)
print(list(cd), list(reversed(cd)), list(cd), [x * y for x in cd for y in cd if x == y])
class Once:
    def __init__(self, items):
        self.it = iter(items)
    def __iter__(self):
        return self.it
o = Once([1, 2, 3])
print(list(o), list(o))
print(sorted(Tree(3, Tree(1), Tree(2))), dict.fromkeys(Tree("a", Tree("b"))))
