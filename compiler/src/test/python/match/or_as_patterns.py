def m(v):
    match v:
        case (1 | 2) as small:
            return f"small {small}"
        case [("a" | "b") as letter, *_]:
            return f"starts with {letter}"
        case {"k": (int() | float()) as num}:
            return f"numeric k {num}"
        case [x, y] | (x, y, _):
            return f"xy {x} {y}"
        case str() | bytes() as text:
            return f"text {text!r}"
    return "nomatch"
for v in [1, 2, ["a", 9], ["b"], {"k": 3.5}, {"k": "s"}, [7, 8], (7, 8, 9), "t", b"u", 3.0]:
    print(m(v))
