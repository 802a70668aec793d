def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"a": a}):
            return f"dict a={a}"
        case bytes(bs) | bytearray(bs):
            return f"bytes-like {bs!r}"
        case _:
            return "other"
for v in [True, 3, 2.5, "hello", "hi", [9, 8], (1,), {"a": 5}, b"x", bytearray(b"y"), set()]:
    print(kind(v))
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
match Pt(1, 2):
    case Pt(x, y):
        print("dataclass match_args", x, y, Pt.__match_args__)
