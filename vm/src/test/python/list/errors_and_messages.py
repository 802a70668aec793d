# list error messages: index out of range, assignment, non-int indices, remove/index texts.
lst = [1, 2, 3]
checks = [
    lambda: lst[3], lambda: lst[-4], lambda: lst.__setitem__(3, 0), lambda: lst.__delitem__(-4), lambda: lst["a"],
    lambda: lst[1.0], lambda: lst.__setitem__("a", 1), lambda: lst.pop(10), lambda: [].pop(0), lambda: lst.remove(9),
    lambda: lst.index(9), lambda: lst.index(1, 1), lambda: lst.insert(), lambda: lst.insert(1), lambda: lst.sort(key=1),
    lambda: lst.sort(1), lambda: lst.count(), lambda: lst + None, lambda: lst * 1.5, lambda: lst * lst, lambda: list(5),
    lambda: list(None), lambda: [1, 2] < [1, "a"], lambda: lst.__getitem__(), lambda: lst.extend(None), lambda: lst.copy(1),
    lambda: lst.__setitem__(slice(0, 1), 1), lambda: lst.reverse(1), lambda: lst.clear(1), lambda: lst[2 ** 100],
    lambda: lst.__delitem__("x"), lambda: lst.index(1, "a"), lambda: sorted(lst, reverse="x"),
]
for c in checks:
    try:
        print(repr(c()))
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(lst)
class L(list):
    def __getitem__(self, i):
        return f"L[{i}]"
print(L([1])[5], L([1])[::2], list(L([7, 8])), len(L([1, 2])))
class NoLen(list):
    def __len__(self):
        return 100
print(len(NoLen([1])), list(NoLen([1, 2])), bool(NoLen()))
