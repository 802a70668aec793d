# itertools objects still pickle and copy in 3.13 (with a DeprecationWarning), resuming where
# the original stood.
import copy
import itertools as it
import operator
import pickle
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def below3(x):
    return x < 3


def below5(x):
    return x < 5


def roundtrip(make, advance=1, take=6, key=None):
    orig = make()
    for _ in range(advance):
        next(orig, None)
    clone = pickle.loads(pickle.dumps(orig))
    copied = copy.deepcopy(orig)
    a, b, c = ([x if key is None else key(x) for x in it.islice(i, take)] for i in (orig, clone, copied))
    print(type(clone).__name__, a, a == b == c)


roundtrip(lambda: it.count(3))
roundtrip(lambda: it.count(1.5, 0.5), 2)
roundtrip(lambda: it.repeat("x", 4))
roundtrip(lambda: it.cycle("abc"), 1)
roundtrip(lambda: it.cycle("abc"), 4)
roundtrip(lambda: it.chain("ab", "cd"), 1)
roundtrip(lambda: it.accumulate([1, 2, 3, 4], operator.mul, initial=2), 2)
roundtrip(lambda: it.compress("abcdef", [1, 0, 1, 1, 0, 1]), 1)
roundtrip(lambda: it.dropwhile(below3, range(8)), 1)
roundtrip(lambda: it.takewhile(below5, range(8)), 1)
roundtrip(lambda: it.filterfalse(None, [0, 1, 0, 2, 3]), 1)
roundtrip(lambda: it.starmap(pow, [(2, 3), (3, 2), (4, 2)]), 1)
roundtrip(lambda: it.islice(range(20), 2, 15, 3), 2)
roundtrip(lambda: it.zip_longest("abc", "d", fillvalue="-"), 1)
roundtrip(lambda: it.product("ab", "cd"), 2)
roundtrip(lambda: it.combinations("abcd", 2), 2)
roundtrip(lambda: it.combinations_with_replacement("abc", 2), 2)
roundtrip(lambda: it.permutations("abc", 2), 2)
roundtrip(lambda: it.groupby("aabbbc"), 1, key=lambda kg: (kg[0], list(kg[1])))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    it.count().__reduce__()
print(caught[0].category.__name__, caught[0].message)

p = it.product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(next(p))
for bad in [1, (iter("a"), 2, 3)]:
    try:
        it.chain().__setstate__(bad)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    it.pairwise("ab").__reduce__()
except TypeError as exc:
    print("TypeError:", exc)
