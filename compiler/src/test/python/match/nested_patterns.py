def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", inner):
            return -evaluate(inner)
        case ("let", {"name": name, "value": value}, body):
            return evaluate(substitute(body, name, evaluate(value)))
        case ("var", name):
            raise NameError(name)
def substitute(expr, name, value):
    match expr:
        case ("var", n) if n == name:
            return ("num", value)
        case (op, *args):
            return (op, *[substitute(a, name, value) if isinstance(a, tuple) else a for a in args])
e = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(e))
print(evaluate(("let", {"name": "x", "value": ("num", 5)}, ("mul", ("var", "x"), ("var", "x")))))
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (x, y)}]}:
        print("deep", x, y)
