# IndexError from a chained subscript expression with a computed index.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
def diagonal(m):
    return [m[i][i] for i in range(len(m))]
def anti_diagonal(m):
    n = len(m)
    return [m[i][n - 1 - i] for i in range(n)]
def corner(m, offset):
    return m[len(m) - 1][len(m) + offset]
print(diagonal(matrix))
print(anti_diagonal(matrix))
print(corner(matrix, -1))
print(corner(matrix, -3))
rows = len(matrix)
cols = len(matrix[0])
print(rows, cols)
print(sum(map(sum, matrix)))
print([row[::-1] for row in matrix])
print(corner(matrix, 0))
print("never")
print("never")
print("never")
