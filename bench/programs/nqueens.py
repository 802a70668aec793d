# nqueens [N]: all placements of queens on an (N+3) x (N+3) board by backtracking over sets of
# attacked columns and diagonals, and on an N x N board by filtering the permutations a recursive
# generator yields (checked against the first solver). Measures set operations, closures over
# cells, recursion, generators, tuple concatenation and set comprehensions.
import sys


def solve_with_sets(n):
    solutions = []
    placed = []
    columns = set()
    rising = set()
    falling = set()

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for col in range(n):
            if col in columns or row + col in rising or row - col in falling:
                continue
            columns.add(col)
            rising.add(row + col)
            falling.add(row - col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            columns.discard(col)
            rising.discard(row + col)
            falling.discard(row - col)

    place(0)
    return solutions


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def solve_with_permutations(n):
    # A permutation already puts one queen in each row and column; only diagonals remain.
    cols = list(range(n))
    return [p for p in permutations(cols)
            if len({r + c for r, c in enumerate(p)}) == n and len({r - c for r, c in enumerate(p)}) == n]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    first = solve_with_sets(n + 3)
    second = solve_with_permutations(n)
    small = solve_with_sets(n)
    if sorted(second) != sorted(small):
        print("mismatch between the two solvers")
    checksum = 0
    for sol in first + second:
        for r, c in enumerate(sol):
            checksum = (checksum * 7 + r * c + 1) % 1000000007
    print("nqueens(%d): %d solutions, nqueens(%d): %d solutions, checksum %d"
          % (n + 3, len(first), n, len(second), checksum))


main()
