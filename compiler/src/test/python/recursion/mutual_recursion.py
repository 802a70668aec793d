def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(101))
def parse_expr(tokens, i=0):
    val, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] in "+-":
        op = tokens[i]
        rhs, i = parse_term(tokens, i + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, i
def parse_term(tokens, i):
    val, i = parse_atom(tokens, i)
    while i < len(tokens) and tokens[i] in "*/":
        op = tokens[i]
        rhs, i = parse_atom(tokens, i + 1)
        val = val * rhs if op == "*" else val // rhs
    return val, i
def parse_atom(tokens, i):
    if tokens[i] == "(":
        val, i = parse_expr(tokens, i + 1)
        return val, i + 1
    return int(tokens[i]), i + 1
print(parse_expr(list("2*(3+4)-5*(1+1)"))[0])
