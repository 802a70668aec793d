def bubble(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs
def quick(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    l, r = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while l and r:
        out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
def insertion(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        k = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > k:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = k
    return xs
data = [5, 3, 9, 1, 5, 8, 2, 7, 0, -4, 11]
for f in (bubble, quick, merge_sort, insertion):
    print(f.__name__, f(data))
print(sorted(data) == quick(data))
