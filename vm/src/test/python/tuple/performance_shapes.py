# Tuples as dict keys and records: sorting, grouping, zipping, max by key, memoised lookups with tuple keys.
points = [(3, 4), (1, 1), (0, 5), (2, 2), (1, 1)]
print(sorted(points), sorted(set(points)), max(points, key=lambda p: p[0] ** 2 + p[1] ** 2), points.count((1, 1)))
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[1, 2], (2, 2) in grid, sorted(grid)[:4], len(grid))
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    if r == 0 or c == 0:
        result = 1
    else:
        result = paths(r - 1, c) + paths(r, c - 1)
    memo[r, c] = result
    return result
print(paths(10, 10), paths(16, 16), len(memo))
students = [("ann", "math", 90), ("bob", "math", 75), ("ann", "art", 85), ("cy", "art", 95), ("bob", "art", 60)]
by_subject = {}
for name, subject, score in students:
    by_subject.setdefault(subject, []).append((score, name))
print({k: sorted(v, reverse=True) for k, v in by_subject.items()})
names, subjects, scores = zip(*students)
print(names, sum(scores), sorted(set(subjects)))
print(tuple(sorted(students, key=lambda s: (-s[2], s[0])))[:2])
nested = ((1, 2), (3, (4, 5)), ())
print(len(nested), nested[1][1][0], sum(len(t) for t in nested), tuple(map(len, nested)))
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), (1, 2) + (3,) == (1, 2, 3), (1,) * 3)
