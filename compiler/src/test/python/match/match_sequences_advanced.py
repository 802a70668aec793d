def m(v):
    match v:
        case [1, [2, *inner], *outer]:
            return f"A inner={inner} outer={outer}"
        case [*_, [*_, "x"]]:
            return "B ends with list ending x"
        case [(a, b), *rest] if all(isinstance(r, tuple) for r in rest):
            return f"C pairs starting {a},{b} +{len(rest)}"
        case (str(), int()) | (int(), str()):
            return "D mixed pair"
        case [_, _, _, *_]:
            return "E three or more"
        case _:
            return "F"
for v in [[1, [2, 3, 4], 5, 6], [0, ["y", "x"]], [(1, 2), (3, 4)], ("a", 1), [1, "b"], [0, 0, 0, 0], [0]]:
    print(m(v))
from collections import deque
match deque([1, 2, 3]):
    case [1, *r]:
        print("deque is a sequence", r)
match range(4):
    case [0, 1, *tail]:
        print("range matched", tail)
match memoryview(b"ab"):
    case [97, 98]:
        print("memoryview matched")
match bytearray(b"ab"):
    case [97, 98]:
        print("bytearray matched?")
    case _:
        print("bytearray not a sequence for match")
