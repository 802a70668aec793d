import ast
L = dict(lineno=1, col_offset=0)
e = ast.Constant(1, **L)
for i in range(30000):
    e = ast.UnaryOp(ast.USub(), e, **L)
try:
    compile(ast.Expression(e), "<d>", "eval")
    print("ok")
except RecursionError as x:
    print("RecursionError", x)
e = ast.Constant(1, **L)
for i in range(9000):
    e = ast.UnaryOp(ast.USub(), e, **L)
try:
    print(eval(compile(ast.Expression(e), "<d>", "eval")))
except RecursionError as x:
    print("RecursionError", x)
