print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
order = []
def key(v):
    order.append(f"k{v}")
    return v
def val(v):
    order.append(f"v{v}")
    return v
d = {key(i): val(i) for i in range(2)}
print(d, order)
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({i % 3: [j for j in range(i)] for i in range(5)})
s = {(i, j) for i in range(3) for j in range(3) if i < j}
print(sorted(s))
print({frozenset({i}) for i in range(2)} == {frozenset({0}), frozenset({1})})
nested = {i: {j: (i, j) for j in range(2)} for i in range(2)}
print(nested)
