class MyMap(dict):
    def __missing__(self, key):
        return "missing!"
match MyMap(a=1):
    case {"b": x}:
        print("matched via __missing__?", x)
    case {"a": x}:
        print("matched a", x)
def m(d):
    match d:
        case {"kind": "user", "name": str(name), **info} if not info:
            return f"bare user {name}"
        case {"kind": "user", "name": str(name), "age": int(age), **info}:
            return f"user {name} {age} extra={sorted(info)}"
        case {"kind": "group", "members": [*members]}:
            return f"group of {len(members)}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
    return "no match"
print(m({"kind": "user", "name": "ann"}))
print(m({"kind": "user", "name": "bob", "age": 5, "z": 1, "a": 2}))
print(m({"kind": "group", "members": ("x", "y")}))
print(m({1: "a", 2: "b"}))
print(m({"kind": "user", "name": 5}))
try:
    compile('match x:\n case {"a": 1, "a": 2}: pass', "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
