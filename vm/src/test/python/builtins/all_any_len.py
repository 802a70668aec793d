# all/any short-circuit evaluation, len of many types and __len__ errors.
def noisy(v):
    print("eval", v)
    return v
print(all(noisy(x) for x in [1, 0, 2]))
print(any(noisy(x) for x in [0, 3, 0]))
print(all([]), any([]), all([[]]), any([[]]), all("abc"), any(""), all(range(1, 5)), any({0: 1}))
for f in (lambda: all(5), lambda: any(None), lambda: all()):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(len("abc"), len(b"ab"), len([1]), len(()), len({1: 2}), len({1, 2, 2}), len(frozenset()), len(range(10, 0, -3)), len(bytearray(4)), len(memoryview(b"xyz")))
print(len({}.keys()), len({"a": 1}.items()), len("\U0001f600"), len(range(2 ** 62)) == 2 ** 62, len(str(2 ** 100)))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(5)), len(L(True)))
for obj in (L(-1), L(2 ** 63), L(1.5), L("3"), 5, None, iter([]), len):
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
print(len(IdxLen()))
class BigLen:
    def __len__(self):
        return 2 ** 62
print(len(BigLen()) == 2 ** 62, bool(BigLen()))
print(any(x > 2 for x in range(5)), all(isinstance(x, int) for x in (1, True)), any(map(str.isupper, "abC")))
