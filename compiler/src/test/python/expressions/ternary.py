def sign(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"
print([sign(v) for v in (3, -3, 0)])
a = 1 if True else 1 / 0
b = 1 / 0 if False else 2
print(a, b)
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
x = [1, 2] if len("ab") == 2 else None
print(x)
print(("a" if 0 else "b") + ("c" if 1 else "d"))
