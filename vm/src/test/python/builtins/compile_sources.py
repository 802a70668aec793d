# compile(): bytes-like sources, NUL bytes, 'single' mode endings, int literal limit, AST checks.
import ast
import sys

print(eval(compile(memoryview(b"1234")[1:-1], "<m>", "eval")))
print(eval(memoryview(b"$23$")[1:-1]), eval(bytearray(b"40 + 2")))
ns = {}
exec(memoryview(b"ax = 123")[1:-1], ns)
print(ns["x"])
for src in ("123\x00", b"123\x00", memoryview(b"1\x00")):
    try:
        compile(src, "<nul>", "eval")
    except SyntaxError as e:
        print(type(src).__name__, e.msg, e.lineno)
try:
    compile(42, "<x>", "eval")
except TypeError as e:
    print(e)

for src in ["def f(): pass", "def f(): pass\n", "if 1:\n  pass", "for x in y: pass",
            "for x in y: pass\n", "with a: pass", "x = 1", "1\n2", "class A: pass\n"]:
    try:
        compile(src, "<single>", "single")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg, e.lineno)

old = sys.get_int_max_str_digits()
source = "a = 1\nb = 2\nc = " + "3" * 700 + "\nd = 4"
sys.set_int_max_str_digits(700)
compile(source, "<ok>", "exec")
sys.set_int_max_str_digits(640)
try:
    compile(source, "<long>", "exec")
except SyntaxError as e:
    print(e.lineno, e.offset, e.msg)
try:
    compile("x = " + "1_0" * 400, "<long>", "exec")
except SyntaxError as e:
    print(e.lineno, e.msg[:60])
print(len(str(eval("0x" + "f" * 700))))
sys.set_int_max_str_digits(old)

alias = ast.Module(body=[ast.TypeAlias(
    name=ast.Subscript(value=ast.Name(id="foo", ctx=ast.Load()), slice=ast.Constant(value="x"), ctx=ast.Store()),
    type_params=[], value=ast.Name(id="Callable", ctx=ast.Load()))], type_ignores=[])
try:
    compile(ast.fix_missing_locations(alias), "<alias>", "exec")
except TypeError as e:
    print("TypeError", e)
