# The '=' debugging specifier: preserved whitespace, default !r, explicit conversions and format specs.
x, name, pi = 3, "kaa", 3.14159
items = [1, 2]
print(f"{x=}", f"{x = }", f"{x =}", f"{x= }")
print(f"{name=}", f"{name=!s}", f"{name=!a}", f"{name = :>6}", f"{name=:}")
print(f"{pi=:.2f}", f"{pi=!r:.6}", f"{pi * 2 = :.1f}")
print(f"{items=}", f"{items[0]=}", f"{len(items)=}", f"{items + [3]=}")
print(f"{x + 1=}", f"{x>2=}", f"{'literal'=}", f"{None=}", f"{(x, name)=}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p"
    def __format__(self, spec):
        return f"P<{spec}>"
p = P()
print(f"{p=}", f"{p=!s}", f"{p=:spec}", f"{p = !r}")
print(f"{x=}{name=}", f"a{x=}b")
print(f"""{
x
=}""")
