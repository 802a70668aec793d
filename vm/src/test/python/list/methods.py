# list methods: append/extend/insert/remove/pop/index/count/reverse/copy/clear, with errors.
a = [5, 3, 8]
a.append(1)
a.extend([9, 2])
a.extend("xy")
a.extend(range(2))
a.insert(0, "first")
a.insert(100, "last")
a.insert(-100, "front")
a.insert(-1, "penult")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("x")
print(a.index(8), a.index(0), a.count(0), a.count("nope"), a.index(9, 2), a.index(9, -6, -1))
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is not a)
b.clear()
print(b, [] == b)
for f in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1].insert("0", 1),
          lambda: [1].pop("0"), lambda: [1].extend(5), lambda: [1].append(), lambda: [1].index(1, 2),
          lambda: [1, 2][3], lambda: a[None], lambda: [1, 2].count(), lambda: list(1), lambda: list([1], [2])):
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = [1, 2]
c += "ab"
c += (3,)
c *= 2
print(c, [0] * 3, [[]] * 2, 3 * [1], [1] * -1, [1, 2] + [3])
try:
    c + (1,)
except TypeError as e:
    print("TypeError", e)
d = [[0]] * 3
d[0].append(1)
print(d, list("abc"), list(range(3)), list({"k": 1}), list((1, 2)), list(x for x in "q"))
print(a.__len__(), a.__contains__(8), a.__getitem__(1), a.__iter__().__next__(), list.__name__)
