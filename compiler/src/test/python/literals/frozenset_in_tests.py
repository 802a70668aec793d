def check(v):
    return v in {1, 2, 3}, v not in {"a", "b"}, v in {1.5, 2.5}
print(check(1), check("a"), check(1.5))
def loop():
    out = []
    for x in {3, 1, 2}:
        out.append(x)
    return sorted(out)
print(loop())
def tup_iter():
    return [x * 2 for x in [1, 2, 3]]
print(tup_iter())
print(frozenset([1, 2]) | {3}, type(frozenset()).__name__)
