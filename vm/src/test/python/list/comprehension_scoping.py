# List/set/dict comprehensions: inlined scope (3.12+), iteration variable isolation, nested and conditional forms.
x = "outer"
values = [x for x in range(3)]
print(values, x)
print([(i, j) for i in range(3) for j in range(i)], [i for i in range(10) if i % 2 if i % 3])
print({i: i * i for i in range(4)}, sorted({i % 3 for i in range(10)}), [[j for j in range(i)] for i in range(4)])
print([y for y in (lambda: [1, 2])()], [c.upper() for c in "ab"], [n for n in [] if n])
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError", e)
def f():
    k = 10
    return [k + i for i in range(3)], [lambda: i for i in range(2)][0](), [lambda i=i: i for i in range(2)][0]()
print(f())
class C:
    base = 5
    direct = [base for _ in range(2)] if False else None
    items = [1, 2]
    doubled = [i * 2 for i in items]
print(C.doubled)
class D:
    base = 5
    try:
        attempt = [base + i for i in range(2)]
    except NameError as e:
        attempt = str(e)
print(D.attempt)
print([(a, b) for a, b in [(1, 2), (3, 4)]], [a for a, *_ in [(1, 2, 3)]], [[*p] for p in ["ab"]])
print([i for i in range(3) for i in "ab"], sum(i for i in range(5)), list(i * j for i in range(3) for j in range(2) if j))
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print("ValueError", e)
gen_vals = (v for v in range(3))
print(next(gen_vals), [v for v in gen_vals])
walrus = [y := i * 2 for i in range(3)]
print(walrus, y)
print([w for w in "a b c".split() if (n := len(w)) == 1], n)
print({**{k: v for k, v in zip("ab", range(2))}, "c": 2}, [*map(str, range(3))])
