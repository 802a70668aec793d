vals = {}
for name, op in [("+=", "add"), ("-=", "sub"), ("*=", "mul"), ("/=", "truediv"), ("//=", "floordiv"),
                 ("%=", "mod"), ("**=", "pow"), ("<<=", "lshift"), (">>=", "rshift"), ("&=", "and"),
                 ("|=", "or"), ("^=", "xor")]:
    x = 12
    if name == "+=": x += 5
    elif name == "-=": x -= 5
    elif name == "*=": x *= 5
    elif name == "/=": x /= 5
    elif name == "//=": x //= 5
    elif name == "%=": x %= 5
    elif name == "**=": x **= 5
    elif name == "<<=": x <<= 5
    elif name == ">>=": x >>= 1
    elif name == "&=": x &= 5
    elif name == "|=": x |= 5
    elif name == "^=": x ^= 5
    vals[op] = x
print(vals)
class Track:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(("iadd", o)); return self
    def __isub__(self, o): self.log.append(("isub", o)); return self
    def __imul__(self, o): self.log.append(("imul", o)); return self
    def __ipow__(self, o): self.log.append(("ipow", o)); return self
    def __ior__(self, o): self.log.append(("ior", o)); return self
    def __imatmul__(self, o): self.log.append(("imatmul", o)); return self
t = Track()
t += 1; t -= 2; t *= 3; t **= 4; t |= 5; t @= 6
print(t.log)
class Fallback:
    def __add__(self, o): return "used __add__"
f = Fallback()
f += 1
print(f)
