import re
TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
def tokens(text):
    pos = 0
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        num, name, op = m.groups()
        if num:
            yield ("NUM", float(num) if "." in num else int(num))
        elif name:
            yield ("NAME", name)
        elif op and not op.isspace():
            yield ("OP", op)
def evaluate(text, env):
    toks = list(tokens(text))
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else ("EOF", None)
    def take():
        nonlocal pos
        t = toks[pos]
        pos += 1
        return t
    def expr():
        v = term()
        while peek() in (("OP", "+"), ("OP", "-")):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek() in (("OP", "*"), ("OP", "/")):
            op = take()[1]
            v = v * factor() if op == "*" else v / factor()
        return v
    def factor():
        kind, val = take()
        if kind == "NUM":
            return val
        if kind == "NAME":
            return env[val]
        if val == "(":
            v = expr()
            take()
            return v
        if val == "-":
            return -factor()
        raise SyntaxError(f"unexpected {val!r}")
    return expr()
print(list(tokens("x = 3.5 * (y + 42)")))
print(evaluate("2 * (x + 3) - y / 4", {"x": 1, "y": 8}))
print(evaluate("-(1.5 + 2) * 2", {}))
try:
    evaluate("* 3", {})
except SyntaxError as e:
    print("SyntaxError:", e)
