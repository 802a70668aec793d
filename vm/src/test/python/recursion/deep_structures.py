# Recursive algorithms on nested data, within the default limit, and RecursionError on too-deep ones.
def depth(x):
    if isinstance(x, list):
        return 1 + max((depth(i) for i in x), default=0)
    return 0
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
nested = [1, [2, [3, [4, [5]]]], [[6]], []]
print(depth(nested), list(flatten(nested)))
def build(n):
    v = []
    for _ in range(n):
        v = [v]
    return v
print(depth(build(100)))
try:
    depth(build(5000))
except RecursionError as e:
    print("RecursionError", e)
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(len(permutations(list(range(6)))), permutations([1, 2, 3]))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3])))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 100, 6 ** 50), gcd(1071, 462))
def tree_sum(t):
    return t if isinstance(t, int) else sum(tree_sum(c) for c in t)
print(tree_sum((1, (2, 3), ((4,), 5))))
d = {}
cur = d
for i in range(50):
    cur["next"] = {}
    cur = cur["next"]
def dict_depth(x):
    return 1 + dict_depth(x["next"]) if "next" in x else 0
print(dict_depth(d))
