# slice.indices edge cases, slices with None/negative steps, slices as dict keys (hashable in 3.12+).
s = slice(None, None, -1)
for n in (0, 1, 5):
    print(n, s.indices(n), list(range(*s.indices(n))))
for sl in (slice(-1, -10, -3), slice(10, None, -2), slice(None, -10, -1), slice(3, 3), slice(-1, None), slice(0, 1, 10)):
    print(sl, sl.indices(8), list(range(10))[sl], "abcdefgh"[sl])
d = {slice(1, 2): "one-two", slice(None): "all"}
print(d[slice(1, 2)], d[slice(None, None)], slice(1, 2) in d)
try:
    hash(slice([1], 2))
except TypeError as e:
    print("TypeError", e)
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 2, None), slice(1, 2) <= slice(1, 3), slice(2) > slice(1))
try:
    slice(1) < slice("a")
except TypeError as e:
    print("TypeError", e)
class I:
    def __index__(self):
        return 3
print(slice(I(), None).indices(10), [0, 1, 2, 3, 4][I():], (1, 2, 3, 4)[:I()], "hello"[slice(I())])
try:
    slice("a").indices(3)
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2).indices(None)
except TypeError as e:
    print("TypeError", e)
lst = list(range(10))
lst[slice(2, 5)] = ["x"]
del lst[slice(None, None, 3)]
print(lst, lst[slice(-2, None)], lst[slice(None, None, None)] == lst)
print(repr(slice(1.5, "a", [1])), slice(1, 2).start, slice(1, 2).step)
try:
    slice(1).start = 5
except AttributeError as e:
    print("AttributeError", e)
