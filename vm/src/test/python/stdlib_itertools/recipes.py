# Common itertools-based recipes on deterministic data.
import itertools as it
def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, n)):
        yield chunk
print(list(chunked(range(10), 4)))
def flatten(list_of_lists):
    return list(it.chain.from_iterable(list_of_lists))
print(flatten([[1, 2], [], [3]]))
def unique_everseen(iterable):
    seen = set()
    for x in it.filterfalse(seen.__contains__, iterable):
        seen.add(x)
        yield x
print(list(unique_everseen("AAAABBBCCDAABBB")))
def roundrobin(*iterables):
    iterators = [iter(i) for i in iterables]
    for group in it.zip_longest(*iterators, fillvalue=object):
        yield from (x for x in group if x is not object)
print(list(roundrobin("ABC", "D", "EF")))
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
print(list(it.accumulate(range(1, 6), lambda a, b: a * b)), list(it.starmap(lambda a, b: a * b, zip(range(4), range(4)))))
running = list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max))
print(running)
print([k for k, _ in it.groupby(sorted("mississippi"))], [(k, len(list(g))) for k, g in it.groupby("mississippi")])
print(sum(1 for _ in it.combinations(range(10), 3)), sum(1 for _ in it.permutations(range(5), 2)), sum(1 for _ in it.product(range(3), repeat=3)))
print(list(it.islice(it.cycle([1, 2, 3]), 2, 9, 2)), list(it.takewhile(str.isupper, "ABcD")))
