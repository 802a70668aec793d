# enumerate and reversed objects: laziness, __reduce__-free inspection, interaction with mutation.
lst = ["a", "b", "c"]
e = enumerate(lst)
print(next(e))
lst.append("d")
print(list(e))
r = reversed(lst)
lst.pop()
try:
    print(list(r))
except IndexError as ex:
    print("IndexError", ex)
r2 = reversed([1, 2, 3])
print(r2.__length_hint__(), next(r2), r2.__length_hint__(), list(r2), r2.__length_hint__())
e2 = enumerate("xyz", start=-1)
print(list(e2), list(enumerate([], 100)), list(enumerate(range(3), start=True)))
try:
    enumerate("x", start="0")
except TypeError as ex:
    print("TypeError", ex)
print(list(enumerate(iter("ab"))), dict(enumerate("ab", 1)), [i for i, _ in enumerate(range(5)) if i % 2])
big = enumerate("ab", 2 ** 64)
print(list(big))
print(list(reversed(range(0))), list(reversed("")), list(reversed(())), list(reversed([None])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return i * 100
print(list(reversed(Seq())), list(enumerate(Seq())))
class LenRaises:
    def __len__(self):
        raise ValueError("len failed")
    def __getitem__(self, i):
        return i
try:
    reversed(LenRaises())
except ValueError as ex:
    print("ValueError", ex)
print(type(enumerate("")) is enumerate, type(reversed([])) is not reversed, isinstance(reversed(range(1)), type(reversed(range(2)))))
