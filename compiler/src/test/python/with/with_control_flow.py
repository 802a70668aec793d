class L:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0] is not None)
def f():
    with L(1) as v:
        return v * 10
print(f())
def g():
    for i in range(3):
        with L(i):
            if i == 0:
                continue
            if i == 1:
                break
    return "g done"
print(g())
def h():
    while True:
        with L("w"):
            with L("inner"):
                return "nested return"
print(h())
def k():
    try:
        with L("k"):
            raise ValueError
    except ValueError:
        return "k caught"
    finally:
        print("k finally")
print(k())
