def make():
    funcs = []
    for i in range(3):
        x = i * i
        funcs.append(lambda: x)
    return [f() for f in funcs]
print(make())
def make_comp():
    return [lambda: i for i in range(3)]
print([f() for f in make_comp()])
def nested_comp():
    y = 10
    return [[x + y for x in range(i)] for i in range(3)]
print(nested_comp())
def comp_captures_arg(a):
    return {k: (lambda: k + a)() for k in range(3)}
print(comp_captures_arg(100))
def gen_captures():
    base = 5
    g = (base + i for i in range(3))
    base = 50
    return list(g)
print(gen_captures())
