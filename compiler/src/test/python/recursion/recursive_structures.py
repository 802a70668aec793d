class Node:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = list(kids)
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)
    def paths(self, prefix=()):
        p = prefix + (self.v,)
        if not self.kids:
            yield p
        for k in self.kids:
            yield from k.paths(p)
t = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(t.total(), t.depth(), list(t.paths()))
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
print(permutations("abc"))
def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(powerset([1, 2, 3]))
def deep_list(n):
    return [] if n == 0 else [deep_list(n - 1)]
print(deep_list(5))
l = [1]
l.append(l)
print(l)
