class A:
    n = 3
    items = [i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        err = str(e)
    pairs = {i: i * 2 for i in range(2)}
    gen_sum = sum(i for i in range(n))
print(A.items, A.err, A.pairs, A.gen_sum)
class B:
    x = 5
    f = lambda: x if "x" in globals() else "no global x"
    values = [v for v in (lambda: [1, 2])()]
print(B.f(), B.values)
x = "global"
class C:
    x = "class"
    vals = [x for _ in range(1)]
print(C.vals)
class D:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print(D.doubled)
try:
    class E:
        data = [1, 2]
        nested = [[d + e for e in data] for d in data]
except NameError as ex:
    print("NameError:", ex)
