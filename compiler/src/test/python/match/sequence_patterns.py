def m(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"single {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} ({len(middle)} in middle)"
        case [first, *rest]:
            return f"first {first} rest {rest}"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(8)), range(3)]:
    print(m(v))
print(m("ab") if False else "strings skipped")
match "ab":
    case [a, b]:
        print("str matched sequence?!")
    case _:
        print("str is not a sequence pattern target")
match (1, (2, 3), [4, [5]]):
    case (a, (b, c), [d, [e]]):
        print(a + b + c + d + e)
match [1, 2, 3]:
    case [*_, 3]:
        print("ends in 3")
match [1, 2, 3, 4]:
    case [1, *rest] if rest:
        print("rest", rest)
