fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        def g():
            return i * 10
        out.append(g)
    i = 100
    return out
print([g() for g in make()])
def make2():
    return [(lambda x: lambda: x)(i) for i in range(3)]
print([g() for g in make2()])
acc = []
for j in range(3):
    acc.append(lambda: j)
j = "late"
print([f() for f in acc])
