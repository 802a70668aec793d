from collections import OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.data:
            self.data.move_to_end(k)
            self.hits += 1
            return self.data[k]
        self.misses += 1
        return None
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
c = LRU(2)
c.put("a", 1)
c.put("b", 2)
print(c.get("a"))
c.put("c", 3)
print(c.get("b"), c.get("c"), list(c.data))
c.put("d", 4)
print(list(c.data.items()), c.hits, c.misses)
def memoize(maxsize):
    def deco(f):
        cache = LRU(maxsize)
        def w(n):
            r = cache.get(n)
            if r is None:
                r = f(n)
                cache.put(n, r)
            return r
        w.cache = cache
        return w
    return deco
@memoize(100)
def slow_square(n):
    return n * n
print([slow_square(i % 3) for i in range(6)], slow_square.cache.hits)
