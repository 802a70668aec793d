a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [0] * 5
lst[1] = lst[2] = 9
print(lst)
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
class O: pass
o = O()
o.attr = 3
o.attr2 = o.attr * 2
print(o.attr, o.attr2)
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [None] * len(lst[::2])
print(lst)
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
print(m)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "st"
print(s, t)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
