matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print({i: {j: i * j for j in range(3)} for i in range(3)})
print([(i, j, k) for i in range(3) for j in range(i) for k in range(j)])
print(sum(sum(x for x in row) for row in matrix))
print([[(lambda a, b: a * b)(r, c) for c in range(3)] for r in range(3)])
print(["".join(ch for ch in word if ch not in "aeiou") for word in ["hello", "world"]])
flat = [y for x in [[[1, 2], [3]], [[4]]] for z in x for y in z]
print(flat)
