# Generator expressions: first iterable evaluated eagerly, others lazily; errors at the right time.
def src(name, n):
    print("creating", name)
    return range(n)
g = (x * y for x in src("outer", 2) for y in src("inner", 2))
print("genexp created")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
g3 = (1 / x for x in [1, 0, 2])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g3))
def outer():
    data = [1, 2, 3]
    g = (v * 2 for v in data)
    data.append(4)
    return list(g)
print(outer())
def rebinding():
    data = [1, 2]
    g = (v for v in data)
    data = [9, 9]
    return list(g)
print(rebinding())
print(sum(x for x in range(10) if x % 3 == 0), sorted((x for x in "cab"), reverse=True), tuple(c for c in "hi"))
print(dict((k, v) for k, v in [("a", 1)]), set(x % 2 for x in range(5)), "-".join(str(i) for i in range(3)))
g4 = (i for i in range(3))
print(g4.gi_running, g4.gi_frame is not None, next(g4), list(g4), g4.gi_frame)
nested = ((i, j) for i in range(2) for j in (lambda i=i: range(i + 1))())
print(list(nested))
def gen_with_closure():
    k = 3
    return (i * k for i in range(3))
print(list(gen_with_closure()))
print(any(x > 1 for x in [0, 1, 2, 3]), all(x for x in []), max((x for x in [4, 7, 1]), default=None))
