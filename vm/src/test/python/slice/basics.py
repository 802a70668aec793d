# slice objects: attributes, indices(), equality, hashing (3.12+), use with custom __getitem__.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", "b", "c"))
for sl in (slice(None), slice(1, 8, 2), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(5, -5, -2)):
    print(sl, sl.indices(10), sl.indices(0), list(range(10))[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)))
for f in (lambda: slice(None, None, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice(1, 2, "a").indices(3),
          lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: hash(slice([], 1))):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
r = Recorder()
print(r[1:2], r[::3], r[:], r[1:2, 3], r[...], r[1:2:None], r[:, None], r["a":"b"])
r[::2] = 5
del r[1:]
print(slice(2 ** 70, -(2 ** 70)).indices(5), slice(None, None, 2 ** 70).indices(5))
class Idx:
    def __index__(self):
        return 2
print([0, 1, 2, 3][Idx():], slice(Idx(), None).indices(5), "abcdef"[Idx():4])
try:
    [1, 2]["a":]
except TypeError as e:
    print("TypeError", e)
print(slice(1, 2, 3).__reduce__(), type(s).__name__)
