# Tuple packing/unpacking patterns, swap, starred targets in loops, nested tuples, single-element forms.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
head, *_, tail = range(10)
print(head, tail)
t = 1,
print(t, type(t).__name__, len(t), (1) == 1, ((1,)) == (1,))
empty = ()
print(empty, len(empty), bool(empty), empty == ())
u = tuple([1, 2]) + tuple("ab") + tuple(range(2))
print(u, u[::2], u.count("a"), u.index(0))
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
def multi():
    return "a", ["b", "c"], {"d": 1}
s1, [s2, s3], s4 = multi()
print(s1, s2, s3, s4)
try:
    a, b = 1
except TypeError as e:
    print("TypeError", e)
try:
    a, b = "abc"
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print("ValueError", e)
(*all_of_it,) = "xyz"
print(all_of_it)
[p, q] = (7, 8)
print(p, q)
big = tuple(range(1000))
print(len(big), big[-1], big[500:503], sum(big))
print(tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))), tuple({"a": 1}.items()))
