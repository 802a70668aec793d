# itertools: counting, cycling, combinatorics, grouping, accumulate, batched, pairwise.
import itertools as it
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, 2])))
print([(k, list(g)) for k, g in it.groupby("aaabccdd")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")), [list(x) for x in it.tee("ab", 2)])
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.pairwise("abcd")), list(it.batched("abcdefg", 3)))
for f in (lambda: it.islice("a", -1), lambda: list(it.batched("a", 0)), lambda: it.repeat(), lambda: list(it.permutations("a", -1))):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice("abc", None)), next(it.count()), list(it.repeat(1, 0)))
counts = it.count(10)
print(next(counts), next(counts), repr(counts))
print(list(it.zip_longest([1, 2], [3])), list(it.accumulate("abc")), list(it.chain()), list(it.product()))
