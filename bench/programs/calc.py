# calc [N]: a small language: N pseudo-random assignment statements are generated as text,
# tokenized by hand (str methods), parsed by recursive descent into tuples, then evaluated by a
# tree walker that dispatches with match statements, with variables in a dict. Measures the
# mix typical of interpreters and parsers: short strings, slicing, dict lookups, tuple building,
# structural pattern matching and recursion.
import sys

OPERATORS = "+-*/%()="


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i + 1
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif ch in OPERATORS:
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("unexpected character %r" % ch)
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect(self, op):
        kind, value = self.take()
        if kind != "op" or value != op:
            raise SyntaxError("expected %r" % op)

    def statement(self):
        kind, name = self.take()
        self.expect("=")
        return ("assign", name, self.expression())

    def expression(self):
        node = self.term()
        while True:
            kind, value = self.peek()
            if kind == "op" and value in "+-":
                self.pos += 1
                node = ("bin", value, node, self.term())
            else:
                return node

    def term(self):
        node = self.factor()
        while True:
            kind, value = self.peek()
            if kind == "op" and value in "*/%":
                self.pos += 1
                node = ("bin", value, node, self.factor())
            else:
                return node

    def factor(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        if kind == "op" and value == "-":
            return ("neg", self.factor())
        if kind == "op" and value == "(":
            node = self.expression()
            self.expect(")")
            return node
        raise SyntaxError("unexpected %r" % (value,))


def evaluate(node, env):
    match node:
        case ("num", value):
            return value
        case ("var", name):
            return env.get(name, 0)
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("bin", op, left, right):
            a = evaluate(left, env)
            b = evaluate(right, env)
            match op:
                case "+":
                    return (a + b) % 1000003
                case "-":
                    return (a - b) % 1000003
                case "*":
                    return (a * b) % 1000003
                case "/":
                    return a // b if b else 0
                case "%":
                    return a % b if b else 0
    raise ValueError("bad node %r" % (node,))


def generate(n, seed):
    names = ["x", "y", "z", "total", "count", "acc_1", "acc_2", "tmp"]
    lines = []
    for _ in range(n):
        parts = []
        depth = 0
        for k in range(seed % 7 + 2):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            if k:
                parts.append(" " + "+-*/%"[seed % 5] + " ")
            if seed & 0x100 and depth < 3:
                parts.append("(")
                depth += 1
            if seed & 0x200:
                parts.append(str(seed % 1000))
            elif seed & 0x400:
                parts.append("-" + names[seed % len(names)])
            else:
                parts.append(names[(seed >> 3) % len(names)])
        parts.append(")" * depth)
        lines.append("%s = %s" % (names[seed % len(names)], "".join(parts)))
    return lines


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
    env = {"x": 1, "y": 2, "z": 3}
    tokens_seen = 0
    for line in generate(n, 99):
        tokens = tokenize(line)
        tokens_seen += len(tokens)
        kind, name, expr = Parser(tokens).statement()
        env[name] = evaluate(expr, env)
    checksum = 0
    for name in sorted(env):
        checksum = (checksum * 131 + env[name]) % 1000000007
    print("calc(%d): %d tokens, %d variables, checksum %d" % (n, tokens_seen, len(env), checksum))


main()
