def m(d):
    match d:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={sorted(rest.items())}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
print(m({"type": "point", "x": 1, "y": 2, "z": 3}))
print(m({"type": "circle", "r": 5, "color": "red", "fill": True}))
print(m({"type": "hex"}))
print(m({"other": 1}))
print(m([1]))
from collections import OrderedDict, defaultdict
print(m(OrderedDict(type="point", x=0, y=0)))
dd = defaultdict(int)
match dd:
    case {"missing": 0}:
        print("defaultdict created key?!")
    case _:
        print("no key created", dict(dd))
KEY = "k"
class C:
    KEY = "k"
match {"k": 1}:
    case {C.KEY: v}:
        print("dotted key", v)
