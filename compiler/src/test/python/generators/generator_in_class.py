class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.v
        if self.right:
            yield from self.right
    def bfs(self):
        level = [self]
        while level:
            yield [n.v for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), list(t.bfs()), sum(t), max(t), 3 in t)
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
c = Countdown(4)
print(list(c), list(reversed(c)), list(zip(c, c)))
