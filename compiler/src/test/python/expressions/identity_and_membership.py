a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
class Eq:
    def __eq__(self, o):
        return True
e = Eq()
print(e in [1], e in [], 1 in [e], [e] == [1])
class Contains:
    def __contains__(self, x):
        return x % 2 == 0
print(2 in Contains(), 3 in Contains(), 3 not in Contains())
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
nan = float("nan")
l = [nan]
print(nan in l, nan == nan, l == l, l.count(nan))
print("" in "abc", "abc" in "abc", b"a" in b"abc", 97 in b"abc")
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values(), ("k", 1) in d.items())
