# Sets in algorithms: dedup preserving order, graph reachability, intersection of many, symmetric differences.
def dedup(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedup([3, 1, 3, 2, 1, 5, 2]))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [], 6: [], 7: [1]}
def reachable(start):
    seen, stack = set(), [start]
    while stack:
        n = stack.pop()
        if n not in seen:
            seen.add(n)
            stack.extend(graph[n])
    return seen
print(sorted(reachable(1)), sorted(reachable(7)), sorted(reachable(5)))
print(sorted(set.intersection(*[{1, 2, 3, 4}, {2, 3, 4}, {3, 4, 5}])), sorted(set().union(*[{1}, {2}, {1, 3}])))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes), len(primes))
a = {n for n in range(20) if n % 2 == 0}
b = {n for n in range(20) if n % 3 == 0}
print(sorted(a & b), sorted(a ^ b)[:6], sorted(b - a), len(a | b))
words = "the cat sat on the mat with the hat".split()
print(len(set(words)), sorted(set(words)), sorted({w[0] for w in words}))
pairs = {(x, y) for x in range(3) for y in range(3) if x < y}
print(sorted(pairs), (0, 2) in pairs, (2, 0) in pairs)
fs = frozenset(range(3))
subsets = {frozenset(s) for s in ([], [0], [1], [0, 1], [1, 0])}
print(len(subsets), sorted(sorted(s) for s in subsets), fs.issuperset(frozenset([1, 2])))
print(sorted({1, 2, 3}.symmetric_difference([3, 4])), {1, 2} ^ {2, 1} == set(), sorted(set(range(5)).difference(range(2), [4])))
