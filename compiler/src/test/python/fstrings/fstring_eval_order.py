log = []
def v(x):
    log.append(x)
    return x
s = f"{v(1)}{v(2):{v(3)}}{v(4)!r}"
print(s, log)
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
f = F()
print(f"{f} {f:abc} {f!s} {f!r} {f!r:>8}|")
n = 3
print(f"{'x' * n}", f"{n:{n}}", f"{n!s:{n}}")
print(f"{[i for i in range(n)]}", f"{ {i: i for i in range(2)} }")
print(f"{(yield_ := 5)}", yield_)
