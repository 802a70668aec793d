class BST:
    class _N:
        __slots__ = ("k", "v", "l", "r")
        def __init__(self, k, v):
            self.k, self.v, self.l, self.r = k, v, None, None
    def __init__(self):
        self.root = None
        self.size = 0
    def __setitem__(self, k, v):
        def ins(n):
            if n is None:
                self.size += 1
                return BST._N(k, v)
            if k < n.k:
                n.l = ins(n.l)
            elif k > n.k:
                n.r = ins(n.r)
            else:
                n.v = v
            return n
        self.root = ins(self.root)
    def __getitem__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return n.v
            n = n.l if k < n.k else n.r
        raise KeyError(k)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)
    def height(self, n=..., ):
        if n is ...:
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.l), self.height(n.r))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t[k] = str(k)
print(list(t), t.size, t.height(), t[40])
try:
    t[45]
except KeyError as e:
    print("KeyError", e)
