# compile(): optimize levels drop asserts and __debug__ blocks, dont_inherit, bytes/str sources, source encodings.
src = "assert False, 'assert ran'\nresult = 'after assert'\n"
for opt in (-1, 0, 1, 2):
    code = compile(src, "<opt>", "exec", optimize=opt)
    ns = {}
    try:
        exec(code, ns)
        print(opt, ns["result"])
    except AssertionError as e:
        print(opt, "AssertionError", e)
dbg = compile("x = 'debug on' if __debug__ else 'debug off'", "<dbg>", "exec", optimize=1)
ns = {}
exec(dbg, ns)
print(ns["x"])
doc_src = 'def f():\n    "docstring"\n    return 1\n'
for opt in (0, 2):
    ns = {}
    exec(compile(doc_src, "<doc>", "exec", optimize=opt), ns)
    print(opt, ns["f"].__doc__)
print(eval(compile(b"1 + 1", "<bytes>", "eval")), eval(compile("'\u00e9'", "<s>", "eval")))
latin = "# -*- coding: latin-1 -*-\ns = '\xe9'\n".encode("latin-1")
ns = {}
exec(compile(latin, "<latin>", "exec"), ns)
print(repr(ns["s"]), len(ns["s"]))
bom = b"\xef\xbb\xbfv = 'bom ok'\n"
ns = {}
exec(compile(bom, "<bom>", "exec"), ns)
print(ns["v"])
for bad in (b"\xff = 1", "x = 1\0"):
    try:
        compile(bad, "<bad>", "exec")
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile("x", "<f>", "exec", flags=1 << 30)
except ValueError as e:
    print("ValueError", e)
try:
    compile("x", "<f>", "exec", optimize=5)
except ValueError as e:
    print("ValueError", e)
c = compile("a = 1", filename="<kw>", mode="exec", dont_inherit=True)
print(c.co_filename, type(c).__name__)
print(compile("", "<empty>", "exec").co_name, eval(compile("3  ", "<ws>", "eval")), eval(compile("\n3\n", "<nl>", "eval")))
try:
    compile("  3", "<indented>", "eval")
except IndentationError as e:
    print("IndentationError", e)
