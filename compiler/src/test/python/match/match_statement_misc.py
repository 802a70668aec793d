command = "go north"
match command.split():
    case [action]:
        print("single", action)
    case ["go", direction] if direction in ("north", "south"):
        print("going", direction)
    case ["go", _]:
        print("bad direction")
match = 5
case = 6
print(match + case)
def f(x):
    match x:
        case 1:
            pass
    return "fell through"
print(f(2))
for item in [[1, 2], {"x": 1}, 3]:
    match item:
        case [*all_]:
            print("seq", all_)
            continue
        case {"x": v}:
            print("map", v)
            break
    print("not reached for seq")
print("after loop")
match (1, 2):
    case (1, 2) if False:
        pass
    case (a, b):
        print(a, b)
