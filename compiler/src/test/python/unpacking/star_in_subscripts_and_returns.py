class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
idx = (1, 2)
print(r[*idx], r[0, *idx], r[*idx, 3], r[*[], 9])
def f(xs):
    return 0, *xs, 99
print(f([1, 2]))
def g(xs):
    yield 0, *xs
print(list(g("ab")))
def h(*args):
    for x in *args, "end":
        print("item", x)
h(1, 2)
t = *range(3), *"xy"
print(t)
print([*"ab", *(), *{"k": 1}], {*(), *[1], *range(2)} == {0, 1})
first, *rest = *"hello", "!"
print(first, rest)
