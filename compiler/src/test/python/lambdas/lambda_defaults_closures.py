x = 10
f = lambda y=x: y
x = 20
print(f())
g = lambda: x
print(g())
def make():
    v = "closed"
    return lambda: v
print(make()())
fs = [lambda i=i: i ** 2 for i in range(4)]
print([f() for f in fs])
cond = lambda v: "big" if v > 5 else "small"
print([cond(v) for v in (1, 10)])
counter = (lambda: [0])()
inc = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(inc(), inc(), inc())
kw = lambda *, key: key
print(kw(key="k"))
try:
    kw("pos")
except TypeError as e:
    print("TypeError:", e)
