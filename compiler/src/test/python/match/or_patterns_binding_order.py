def m(v):
    match v:
        case (x, 1) | (1, x):
            return f"one-adjacent {x}"
        case [a, b] | {"first": a, "second": b}:
            return f"pair {a} {b}"
        case (str() as s, int() as n) | (int() as n, str() as s):
            return f"mixed {s}{n}"
        case {"k": [x, *rest]} | {"k": (x, *rest)}:
            return f"k {x} {rest}"
    return "none"
for v in [(5, 1), (1, 7), [2, 3], {"first": 1, "second": 2}, ("s", 4), (9, "t"), {"k": [1, 2, 3]}, (3, 3, 3)]:
    print(repr(v), m(v))
def n(v):
    match v:
        case int(real=r, imag=i) if i == 0:
            return f"int real={r}"
        case complex(real=r, imag=i):
            return f"complex {r} {i}"
        case str(s) if (s := s.upper()):
            return f"upper {s}"
        case _:
            return "?"
print([n(v) for v in [3, 1 + 2j, "abc", ""]])
