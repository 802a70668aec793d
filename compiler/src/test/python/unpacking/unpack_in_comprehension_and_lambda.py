pts = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in pts])
print([(b, a) for a, b in pts])
print(sorted(pts, key=lambda p: -p[1]))
print(list(map(lambda p: p[0] * p[1], pts)))
print({x: y for x, y in pts})
print(dict(map(reversed, pts)))
xs, ys = zip(*pts)
print(xs, ys)
print(list(zip(*zip(*pts))))
first, *_, last = [p[0] for p in pts]
print(first, last)
(a, b), (c, d), *rest = pts
print(a, b, c, d, rest)
print([(i, *p) for i, p in enumerate(pts)])
