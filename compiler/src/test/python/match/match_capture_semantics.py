def m(v):
    match v:
        case [x, x2] if x == x2:
            return ("same", x)
        case [x, *_]:
            return ("first", x)
        case {"a": x} | [x]:
            return ("alt", x)
    return None
print(m([1, 1]), m([1, 2]), m({"a": 3}))
def leaks():
    match [1, 2]:
        case [a, b] if False:
            pass
        case _:
            pass
    try:
        return a, b
    except NameError:
        return "not bound"
    except UnboundLocalError as e:
        return "unbound local"
print(leaks())
def partial_bind():
    match (1, 2, 3):
        case (x, y, 4):
            pass
        case _:
            pass
    return [n for n in ("x", "y") if n in locals()]
print(partial_bind())
match 10:
    case int() as whole if whole > 5:
        print("int captured with guard", whole)
