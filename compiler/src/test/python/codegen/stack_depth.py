def deep_call():
    return max(1, max(2, max(3, max(4, max(5, max(6, max(7, max(8, max(9, 10)))))))))
print(deep_call())
def wide_tuple():
    a = 1
    return (a, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7, a + 8, a + 9, a * 10, a * 11,
            (a, (a, (a, (a, (a, [a, {a: [a, (a,)]}]))))))
print(wide_tuple())
def many_args_nested():
    f = lambda *a: sum(a)
    return f(f(1, 2, 3), f(4, f(5, 6, f(7, 8, 9, f(10, 11)))), *[f(i, i) for i in range(5)])
print(many_args_nested())
def dict_build():
    x = 2
    return {"a": x, "b": [x, x * 2, {"c": (x, x)}], **{"d": x}, "e": {x, x + 1}}
print(dict_build())
def string_build():
    a, b, c = "x", 5, 2.5
    return f"{a}{b}{c}{a!r}{b:>3}{c:.1f}{a}{b}{c}{a}{b}{c}{a}{b}{c}"
print(string_build())
def chain_cmp(v):
    return 0 < v < 10 < v * 10 < 1000 != v
print([chain_cmp(v) for v in (5, 50, 0)])
