# List comparisons, containment by equality, shallow copy semantics, list() of various iterables.
a = [1, 2, 3]
print(a == [1, 2, 3], a < [1, 2, 4], a < [1, 2], [] < [0], [[1]] < [[2]], [1, "a"] == [1, "a"], a != a[:])
class Always:
    def __eq__(self, other):
        return True
print(Always() in [1, 2], [1, 2].count(Always()), [1, 2].index(Always()), [Always()] == [5])
import_free_copy = a[:]
import_free_copy.append(4)
print(a, import_free_copy)
n = [[1], [2]]
m = list(n)
m[0].append(9)
m.append([3])
print(n, m)
for f in (lambda: [1] < ["a"], lambda: [1] < (1,), lambda: [1] > None):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print([1, 2] == (1, 2), list.__eq__([1], [1]), list.__lt__([1], (1,)), [].__eq__([]))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), list(zip("ab", [1, 2])), list(enumerate("xy", 5)))
print(list(reversed([1, 2, 3])), list(iter([4, 5])), list(dict.fromkeys("aba")), list(b"hi"))
it = iter([1, 2, 3])
next(it)
print(list(it), list(it))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()], sorted(Seq(), reverse=True))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
print([1, 2, 3][-1], [1, 2, 3][-3], [] * 10, [None] * 2, [1, [2, [3]]][1][1][0])
lst = [3, 1, 2]
rv = reversed(lst)
lst.append(0)
print(list(rv), lst.__reversed__ is not None)
print([i for i in range(3)] == list(range(3)), [].__class__ is list, isinstance([], list))
