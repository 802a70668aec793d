# Slice assignment and deletion on lists, including extended slices and their errors.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 7, 7]
print(a)
a[-2:] = []
print(a)
a[::2] = "ABCDE"[: len(a[::2])]
print(a)
del a[1::3]
print(a)
a[:] = (1, 2, 3)
print(a)
a[5:10] = [9]
print(a)
a[-100:1] = ["lo"]
print(a)
a[::-1] = range(len(a))
print(a)
b = [0, 1, 2, 3, 4, 5]
b[1:4:1] = "xy"
print(b)
b[10:] = [10]
b[2:2] = b
print(b)
for f in (lambda: b.__setitem__(slice(None, None, 2), [1]), lambda: b.__setitem__(slice(None, None, 0), []),
          lambda: b.__setitem__(slice(1, 2), 5), lambda: b.__setitem__(10, 0), lambda: b.__delitem__(100),
          lambda: b.__setitem__("a", 1), lambda: b.__setitem__(slice(None, None, -1), [1, 2])):
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
c = list(range(8))
del c[::-3]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [1, 2, 3, 4]
e[3:1] = ["ins"]
print(e, e[3:1], e[-1:-5:-2], e[100:], e[-100:-50])
f = list(range(5))
f[1], f[3] = f[3], f[1]
print(f)
