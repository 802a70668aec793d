# Larger integer sets: membership after many inserts and deletes, set comprehension sizes, ordering of small ints.
s = set()
for i in range(10000):
    s.add(i * 7 % 10007)
print(len(s), 0 in s, 10006 in s, min(s), max(s))
for i in range(0, 10000, 3):
    s.discard(i * 7 % 10007)
print(len(s), sum(s) % 1000)
evens = {i for i in range(100) if i % 2 == 0}
threes = {i for i in range(100) if i % 3 == 0}
print(len(evens & threes), len(evens | threes), len(evens - threes), len(evens ^ threes))
print(sorted(evens & threes)[:5], sorted(evens ^ threes)[-5:])
small = {5, 3, 1, 4, 2}
print(small, {1, 2, 3}, set(range(10)), {0, -1, -2} if False else sorted({0, -1, -2}))
f = frozenset(range(1000))
print(len(f), 999 in f, 1000 in f, len(f - frozenset(range(500))), hash(f) == hash(frozenset(range(1000))))
pairs = {(i, i * i) for i in range(100)}
print(len(pairs), (9, 81) in pairs, (9, 80) in pairs)
removed = 0
s2 = set(range(50))
while s2:
    s2.pop()
    removed += 1
print(removed, s2)
s3 = set(range(5))
s3.update(range(3, 8), [10])
s3.difference_update(range(2))
print(sorted(s3), len(s3))
