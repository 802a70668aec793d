# sort_list [N]: list work on N pseudo-random numbers: a merge sort and a quicksort written in
# Python, the built-in sort with and without keys (ints, tuples, strings), binary search,
# comprehensions, slicing, append/pop/extend/insert and reversal. Measures list indexing and
# mutation, comparisons and the built-in sort's calls of key functions.
import sys


def pseudo_random(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed >> 8)
    return out


def merge_sort(items):
    if len(items) <= 16:
        # Insertion sort on short runs.
        result = items[:]
        for i in range(1, len(result)):
            x = result[i]
            j = i - 1
            while j >= 0 and result[j] > x:
                result[j + 1] = result[j]
                j -= 1
            result[j + 1] = x
        return result
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def quick_sort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    return (quick_sort([x for x in items if x < pivot])
            + [x for x in items if x == pivot]
            + quick_sort([x for x in items if x > pivot]))


def search(sorted_items, x):
    lo, hi = 0, len(sorted_items)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_items[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    data = pseudo_random(n, 42)
    by_merge = merge_sort(data)
    by_quick = quick_sort(data)
    by_builtin = sorted(data)
    agree = by_merge == by_quick == by_builtin
    checksum = 0
    for x in pseudo_random(n // 2, 7):
        checksum += search(by_builtin, x)
    records = [(x % 100, -x, "k%d" % (x % 977)) for x in data]
    records.sort()
    checksum += records[0][1] + records[-1][1]
    names = [r[2] for r in records]
    names.sort(key=len)
    names.sort(key=lambda s: s[::-1])
    checksum += (names.index("k5") if "k5" in names else -1) + names.count("k976")
    records.sort(key=lambda r: (r[2], r[0]), reverse=True)
    checksum += records[n // 3][0]
    window = []
    for i, x in enumerate(data):
        window.append(x)
        if len(window) > 64:
            window.pop(0)
        if i % 1000 == 0:
            window.insert(len(window) // 2, i)
            checksum += max(window) - min(window)
    evens = [x for x in data if not x & 1][::3]
    evens.reverse()
    checksum += sum(evens[:1000]) % 1000003 + len(evens)
    print("sort_list(%d): %s, checksum %d" % (n, "sorts agree" if agree else "sorts DISAGREE", checksum))


main()
