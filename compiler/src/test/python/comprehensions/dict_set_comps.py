print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(5) if x != 2})
print(sorted({x % 4 for x in range(20)}))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({k: [v for v in range(k)] for k in range(4)})
words = ["apple", "bob", "cat", "apricot", "banana"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({str(i): i for i in range(3)} | {"x": 9})
print(len({i: None for i in range(1000)}))
d = {k: v for k, v in [("a", 1), ("a", 2)]}
print(d)
