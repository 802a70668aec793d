pairs = [(1, "a"), (2, "b")]
print([n for n, _ in pairs], [s for _, s in pairs])
print([(h, t) for h, *t in [(1, 2, 3), (4, 5)]])
print([[*x, 0] for x in [(1,), (2, 3)]])
print({k: v for k, v in {"x": 1, "y": 2}.items() if v > 1})
print([x for x, in [(1,), (2,)]])
print([(a, b, c) for (a, b), c in [((1, 2), 3)]])
print(dict((k, v) for k, v in zip("ab", "cd")))
