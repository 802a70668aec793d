# fannkuch [N [ROUNDS]]: for every permutation of 1..n, count the prefix reversals ("pancake flips") that
# bring 1 to the front. Measures list slicing, slice assignment, indexing and integer loops.
import sys


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                # Reverse the first first+1 elements; then the new head decides the next flip.
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign > 0 else -flips
        sign = -sign
        # Next permutation in the order of a counting rotation: rotate the first i+1 items
        # left by one, for the smallest i whose counter has not wrapped.
        i = 1
        while True:
            if i == n:
                return checksum, max_flips
            head = perm[0]
            perm[:i] = perm[1:i + 1]
            perm[i] = head
            count[i] += 1
            if count[i] <= i:
                break
            count[i] = 0
            i += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    # n = 10 takes ten times as long as n = 9, so the default size repeats n = 9 instead.
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    results = set()
    for _ in range(rounds):
        results.add(fannkuch(n))
    for checksum, max_flips in sorted(results):
        print("fannkuch(%d) x%d: checksum %d, max flips %d" % (n, rounds, checksum, max_flips))


main()
