cube = [[[x * y * z for z in range(1, 4)] for y in range(1, 4)] for x in range(1, 4)]
print(cube[2][2][2], sum(sum(sum(r) for r in plane) for plane in cube))
f = lambda a: lambda b: lambda c: [[a + b + c + i + j for j in range(2)] for i in range(2)]
print(f(1)(10)(100))
print({k: {kk: [v for v in range(kk)] for kk in range(k)} for k in range(3)})
print([[(lambda v: [w for w in range(v)])(j) for j in range(i)] for i in range(3)])
nested_gen = (((i, j) for j in range(i)) for i in range(3))
print([list(g) for g in nested_gen])
