counter = 0
def inc_global():
    global counter
    counter += 1
inc_global(); inc_global()
print(counter)
def closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    add(5)
    add(7)
    return total
print(closure())
def unbound():
    try:
        y += 1
    except UnboundLocalError as e:
        return str(e)
    y = 0
print(unbound())
class K:
    n = 1
    n += 1
    lst = []
    lst += [n]
print(K.n, K.lst)
def matmul_aug():
    class M:
        def __init__(self, v): self.v = v
        def __matmul__(self, o): return M(self.v * o.v)
    m = M(2)
    m @= M(5)
    return m.v
print(matmul_aug())
