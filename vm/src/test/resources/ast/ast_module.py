import ast, _ast, warnings, copy, pickle
warnings.simplefilter("always")
import sys
def _show(msg, cat, fn, ln, file=None, line=None):
    print("warning:", cat.__name__, msg)
warnings.showwarning = _show

names = sorted(k for k in vars(_ast) if not k.startswith("__"))
print(len(names), names[:5], names[-5:])
for n in names:
    c = getattr(_ast, n)
    if isinstance(c, int):
        print(n, c)
        continue
    d = c.__dict__
    print(n, c.__module__, [b.__name__ for b in c.__bases__], c._fields, c._attributes, c.__match_args__,
          sorted(k for k in d if k not in ("__weakref__", "__dict__") and not k.startswith("__") or k in ("__doc__", "__annotations__")),
          getattr(c, "_field_types", None))
    print("  doc:", c.__doc__)
print(ast.AST._fields, ast.AST().__dict__, ast.AST().__reduce__())

print(ast.Name("x").__dict__.keys(), type(ast.Name("x").ctx).__name__)
print(sorted(ast.FunctionDef("f").__dict__.items()))
print(ast.Constant(1).kind, ast.Constant(1).__reduce__()[1])
b = ast.BinOp(1, 2, 3, lineno=4, foo=5)
print(b.__dict__, b.__reduce__()[1])
for args, kw in [((1, 2, 3, 4), {}), ((1,), {"left": 2}), ((1,), {}), ((), {"x": 1})]:
    try:
        print(sorted(ast.Name(*args, **kw).__dict__) if len(args) < 4 else ast.BinOp(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
try:
    ast.AST(1)
except TypeError as e:
    print("TypeError", e)
print(ast.AST(foo=1).__dict__)
class N(ast.AST):
    _fields = ("a", "b")
print(N(1).__dict__, N(1, b=2).__dict__)
class MyName(ast.Name):
    pass
m = MyName("y", ast.Load())
m.extra = 1
print(sorted(m.__dict__), isinstance(m, ast.expr), type(m.ctx).__name__)
ast.Name.note = "set"
print(ast.Name.note)
del ast.Name.note

t = ast.parse("x = 1")
print(t.body[0].targets[0].ctx is ast.parse("y = 2").body[0].targets[0].ctx, ast.Load() is ast.Load())
print(pickle.loads(pickle.dumps(t)).body[0].value.value, ast.dump(copy.deepcopy(t)))

src = '''
import os
from . import x as y
@dec(1)
async def f(a, /, b: int = 2, *c, d, e=3, **g) -> "r":
    """doc"""
    async with a as (p, q), b:
        await p
    async for i in c:
        yield i
    return [i async for i in c if i]
class C(B, metaclass=M):
    x: int = 1
    def m[T: int, *Ts, **P](self) -> T: ...
type Alias[K] = dict[K, int]
match p:
    case {"k": [1, *rest], **kw} if rest: pass
    case Point(x=0, y=_) | None: pass
    case str() as s: pass
try:
    pass
except* ValueError as e:
    raise X from e
finally:
    del a[1:2, ::3], b.c
print(f"{x!r:>{width}} {y=}", lambda *a, k=1: k, {**d}, {1, 2}, not a, -b, ~c, a if b else c, (z := 3))
global gg
while x: break
else: continue
'''
t = ast.parse(src)
print(ast.unparse(t))
print(ast.dump(ast.parse("x: int # type: ignore[abc]\ndef f(a, # type: int\n  ):\n  # type: (...) -> None\n  pass", type_comments=True), include_attributes=True))
print(ast.dump(ast.parse("(a, b)", mode="eval"), indent=2))
print(ast.dump(ast.parse("(int, str) -> None", mode="func_type")))
print(ast.dump(ast.parse("x = 1", feature_version=(3, 8))))
print(ast.literal_eval("{'a': (1, -2.5, 3+4j), 'b': [b'x', None, True, {1}]}"))
try:
    ast.literal_eval("f(1)")
except ValueError as e:
    print("ValueError", str(e)[:40])

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
tree = Doubler().visit(ast.parse("print(1 + 20, 'a')"))
exec(compile(tree, "<t>", "exec"))
tree = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built")], []))], [])
ast.fix_missing_locations(tree)
exec(compile(tree, "<t>", "exec"))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))), "<e>", "eval")))
t = ast.parse("a = 1\nb = 2")
ast.increment_lineno(t, 3)
print([(s.lineno, s.end_lineno) for s in t.body])
code = compile(ast.parse("def g():\n  return 5"), "<g>", "exec")
ns = {}
exec(code, ns)
print(ns["g"](), compile("1", "<s>", "eval", ast.PyCF_ONLY_AST).__class__.__name__)
print(compile(t, "<x>", "exec", ast.PyCF_ONLY_AST) is t)

def check(tree, mode="exec"):
    try:
        compile(tree, "<x>", mode)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
L = dict(lineno=1, col_offset=0)
check(ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []))
check(ast.Module([ast.Expr(ast.Name("x", ast.Load()), **L)], []))
check(ast.Module([ast.Expr(5, **L)], []))
check(ast.Module([5], []))
check(ast.Module(5, []))
check(ast.Expression(ast.Constant(1, **L)))
check(ast.Module([], []), "eval")
check(ast.Name("x"))
check(ast.Module([ast.Expr(ast.Name(5, ast.Load(), **L), **L)], []))
check(ast.Module([ast.Expr(ast.Name("x", 5, **L), **L)], []))
check(ast.Module([ast.Expr(ast.Name("x", ast.Load(), lineno="a", col_offset=0), **L)], []))
check(ast.Module([ast.Expr(None, **L)], []))
check(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **L), None, ast.Constant(2, **L), **L), **L)], []))
check(ast.Module([ast.Expr(ast.Constant([1], **L), **L)], []))
check(ast.Module([ast.Expr(ast.Constant(1, **L), **L)], None))
check(ast.Module([ast.Expr(ast.Constant(1, kind=3, **L), **L)], []))
check(ast.Module([ast.FunctionDef("f", ast.arguments(), [], **L)], []))
check(ast.Module([ast.Expr(ast.List([None], ast.Load(), **L), **L)], []))
check(ast.Module([None], []))
