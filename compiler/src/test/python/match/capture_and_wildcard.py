def m(x):
    match x:
        case [a]:
            return f"one {a}"
        case (a, b) if a == b:
            return f"pair equal {a}"
        case (a, _):
            return f"pair first {a}"
        case other:
            return f"other {other!r}"
for v in [[1], (2, 2), [3, 4], "str", 5, []]:
    print(m(v))
match 42:
    case n:
        print("bound", n)
print("n after", n)
match [1, 2]:
    case [x, y] if x > y:
        print("no")
    case [x, y]:
        print("guard failed, second", x, y)
