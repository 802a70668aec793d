log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
    def __getitem__(self, k):
        log.append(("get", k))
        return k
def val(x):
    log.append(("val", x))
    return x
r = Rec()
r[val(1)] = r[val(2)] = val(3)
print(log)
log.clear()
a = [0, 0, 0]
i = 0
i = a[i] = 2
print(i, a)
x = y = []
x.append(1)
print(y, x is y)
