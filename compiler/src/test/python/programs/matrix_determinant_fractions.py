from fractions import Fraction
def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n = len(m)
    d = Fraction(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return Fraction(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return d
print(det([[2, 1], [1, 3]]), det([[1, 2, 3], [4, 5, 6], [7, 8, 10]]), det([[0, 1], [1, 0]]), det([[1, 2], [2, 4]]))
def hilbert(n):
    return [[Fraction(1, i + j + 1) for j in range(n)] for i in range(n)]
print(det(hilbert(3)), det(hilbert(4)))
