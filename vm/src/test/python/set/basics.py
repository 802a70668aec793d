# set and frozenset of ints: operators, methods, comparisons, errors (printed via sorted where needed).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {3} < b, b > {5}, a >= {1}, a == {4, 3, 2, 1})
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(range(3))))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), len(a), 3 in a, 9 not in a)
c = set(a)
c.add(10)
c.discard(1)
c.discard(99)
c.remove(2)
print(sorted(c), c.pop() in {3, 4, 10}, len(c))
c.update([20, 30], {40})
c.intersection_update(range(35))
print(sorted(c))
c.difference_update({20})
c.symmetric_difference_update({30, 50})
print(sorted(c))
c.clear()
print(c, set(), frozenset(), set([1]), {0}, frozenset([5]))
for f in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} < [1], lambda: {1} | [1], lambda: set(5),
          lambda: {1}.add([]), lambda: {1}.update(1), lambda: {1} + {2}, lambda: frozenset().add(1), lambda: a[0]):
    try:
        print(f())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
fs = frozenset({1, 2})
print(hash(fs) == hash(frozenset([2, 1])), {fs: 1}, fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
print({1, 2} == frozenset({1, 2}), set(range(5)) - frozenset({0}), frozenset(range(3)))
s = {1}
s |= {2}
s &= {1, 2, 3}
s -= {9}
s ^= {5}
print(s, repr(set()), str({7}), repr(frozenset({8})))
