class Expr:
    pass
class Num(Expr):
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def __repr__(self): return str(self.v)
class Var(Expr):
    def __init__(self, n): self.n = n
    def eval(self, env): return env[self.n]
    def __repr__(self): return self.n
class BinOp(Expr):
    OPS = {"+": lambda a, b: a + b, "*": lambda a, b: a * b, "-": lambda a, b: a - b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env): return BinOp.OPS[self.op](self.l.eval(env), self.r.eval(env))
    def __repr__(self): return f"({self.l!r} {self.op} {self.r!r})"
class Let(Expr):
    def __init__(self, n, v, body): self.n, self.v, self.body = n, v, body
    def eval(self, env): return self.body.eval({**env, self.n: self.v.eval(env)})
    def __repr__(self): return f"let {self.n} = {self.v!r} in {self.body!r}"
def simplify(e):
    match e:
        case BinOp(op="*", l=Num(v=0)) | BinOp(op="*", r=Num(v=0)):
            return Num(0)
        case BinOp(op="+", l=Num(v=0), r=r):
            return simplify(r)
        case BinOp(op=op, l=l, r=r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return e
prog = Let("x", Num(5), BinOp("+", BinOp("*", Var("x"), Num(2)), BinOp("-", Var("x"), Num(1))))
print(prog, "=>", prog.eval({}))
e = BinOp("+", Num(0), BinOp("*", Var("y"), Num(0)))
print(e, "=>", simplify(e))
