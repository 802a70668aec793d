n = 50
grid = [[(r * n + c) % 7 for c in range(n)] for r in range(n)]
print(sum(map(sum, grid)))
diag = [grid[i][i] for i in range(n)]
print(diag[:10])
counts = {v: sum(row.count(v) for row in grid) for v in range(7)}
print(counts)
pairs = [(a, b) for a in range(20) for b in range(a, 20) if (a * b) % 17 == 1]
print(pairs)
print(len({(i * 31) % 101 for i in range(500)}))
tri = [[1]]
for _ in range(9):
    prev = tri[-1]
    tri.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(tri[-1])
