# list() copies, aliasing through slicing assignment, list of dict views, list.__init__ re-initialising.
a = [1, 2, 3]
b = a
c = a[:]
a[:] = [9]
print(a, b, c)
lst = [1, 2]
list.__init__(lst, "xyz")
print(lst)
lst.__init__()
print(lst)
d = {"k": 1, "j": 2}
print(list(d), list(d.values()), list(d.items()), list(reversed(d.items())))
class Recorder(list):
    def __init__(self, *args):
        print("Recorder.__init__", args)
        super().__init__(*args)
r = Recorder("ab")
print(r, r[::-1], type(r[::-1]).__name__, Recorder.__mro__[1].__name__)
x = [[0] * 2 for _ in range(2)]
y = x.copy()
y[0][0] = 5
y.append("new")
print(x, y)
nested = [1, [2, [3, [4]]]]
flat = []
stack = [nested]
while stack:
    cur = stack.pop()
    for item in reversed(cur):
        if isinstance(item, list):
            stack.append(item)
        else:
            flat.append(item)
print(flat)
print([1, 2, 3].__reversed__().__next__(), [].__len__(), [0].__mul__(3), [1].__add__([2]), [1].__iadd__([3]))
print([1, 2] * 0, [[1, 2]] * 2, list(range(5))[::-2], list("abc").index("c"))
empty = []
print(empty[:], empty[5:], empty[::-1], bool(empty), len(empty))
try:
    empty[0]
except IndexError as e:
    print("IndexError", e)
