# f_lineno of the current frame as execution advances through loops, conditionals and multi-line calls.
import sys
def here():
    return sys._getframe(1).f_lineno
lines = []
for i in range(3):
    lines.append(here())
    if i == 1:
        lines.append(here())
print(lines)
def multi():
    return (
        here(),
        here(),
    )
print(multi())
def in_handler():
    try:
        raise ValueError
    except ValueError:
        return here()
print(in_handler())
def gen():
    yield here()
    yield here()
print(list(gen()))
x = [here() for _ in range(2)]
print(x)
class C:
    line = here()
print(C.line)
def with_block():
    class M:
        def __enter__(self):
            return here()
        def __exit__(self, *a):
            return False
    with M() as entered:
        inside = here()
    return entered, inside
print(with_block())
def while_loop():
    out, n = [], 0
    while n < 2:
        out.append(here())
        n += 1
    return out
print(while_loop())
lam = lambda: here()
print(lam())
