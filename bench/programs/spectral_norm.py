# spectral_norm [N]: the largest singular value of the infinite matrix a(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1),
# truncated to n x n, by the power method. Measures nested loops of float division and
# multiplication, function calls and list building.
import sys


def entry(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def times(v):
    n = len(v)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * v[j]
        out.append(total)
    return out


def times_transposed(v):
    n = len(v)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        out.append(total)
    return out


def normal_times(v):
    return times_transposed(times(v))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = normal_times(u)
        u = normal_times(v)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    print("spectral_norm(%d) = %.9f" % (n, (vbv / vv) ** 0.5))


main()
