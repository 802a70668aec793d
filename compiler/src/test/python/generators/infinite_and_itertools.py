import itertools as it
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(it.islice(naturals(), 5)))
print(list(it.takewhile(lambda x: x < 6, naturals())))
print(list(it.islice(it.dropwhile(lambda x: x < 5, naturals()), 3)))
print(list(it.accumulate(range(1, 6))), list(it.accumulate(range(1, 6), lambda a, b: a * b)))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2))[:4])
print(list(it.combinations("abcd", 2)), list(it.groupby("aabbbc"))[0][0])
print([(k, len(list(g))) for k, g in it.groupby("aaabbcaa")])
print(list(it.zip_longest("ab", [1], fillvalue="-")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1])), list(it.pairwise("abcd")))
print(list(it.batched(range(7), 3)))
