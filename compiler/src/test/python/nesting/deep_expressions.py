x = ((((((((((1 + 2) * 3) - 4) / 5) ** 2) + 6) // 1) % 7) * 8) - 9)
print(x)
y = [[[[[[[[[[1]]]]]]]]]]
print(y, y[0][0][0][0][0][0][0][0][0][0])
z = {"a": {"b": {"c": {"d": {"e": [1, (2, {3: "deep"})]}}}}}
print(z["a"]["b"]["c"]["d"]["e"][1][1][3])
v = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40
print(v)
a = 2
w = a * a - a + a * a - a + a * a - a + a * a - a + a * a - a + a * a - a + a * a - a + a * a - a
print(w)
s = "a" + ("b" + ("c" + ("d" + ("e" + ("f" + ("g" + ("h" + "i")))))))
print(s)
cond = 1 if a > 1 else 2 if a > 0 else 3 if a > -1 else 4 if a > -2 else 5
print(cond)
f = (lambda p: (lambda q: (lambda r: (lambda s: p * q * r * s))))(2)(3)(4)(5)
print(f)
b = a < 3 and (a > 1 or (a == 0 and (a != 5 or (a > 100))))
print(b)
calls = max(min(abs(-5), abs(-3)), min(max(1, 2), max(3, 4)), sum([len("ab"), len("cde")]))
print(calls)
long_chain = "x".upper().lower().upper().lower().strip().replace("x", "y").upper().center(5, "*")
print(long_chain)
