*a, b = [1, 2, 3]
print(a, b)
a, *b = "x"
print(a, b)
[a, *b] = (1, 2, 3)
print(a, b)
(a, b), *c = "ab", "cd", "ef"
print(a, b, c)
class O: pass
o = O()
o.x, *o.rest = range(5)
print(o.x, o.rest)
d = {}
d["first"], *d["rest"] = "hello"
print(d)
lst = [None, None]
*lst[0], lst[1] = [7, 8, 9]
print(lst)
for *init, last in ["abc", "de"]:
    print(init, last)
x = [1, 2, 3]
x[0], *x[1:] = "pqr"
print(x)
