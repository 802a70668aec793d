# exec/eval/compile in all modes, with globals/locals, flags, and their errors.
ns = {}
exec("x = 1\ny = x + 1", ns)
print(ns["x"], ns["y"], "__builtins__" in ns)
g, l = {"a": 10}, {}
exec("b = a * 2", g, l)
print(l, "b" in g)
print(eval("a + 5", g), eval("x * y", {"x": 3}, {"y": 4}), eval("  1 + 1  "), eval("\n2 * 3\n"))
code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code))
single = compile("print('from single')", "<single>", "single")
exec(single)
exec(compile("40 + 2", "<s>", "single"))
mod = compile("z = 5", "<exec>", "exec")
exec(mod, ns)
print(ns["z"])
for src, mode in (("1 +", "eval"), ("x = ", "exec"), ("def", "single"), ("a = 1", "eval"), ("return 5", "exec"), ("1\n2", "single")):
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
for f in (lambda: compile("1", "f", "wrong"), lambda: eval(5), lambda: exec(b"x=1" if False else 5), lambda: eval("1", []),
          lambda: exec("1", {}, 5), lambda: compile(1, "f", "exec"), lambda: eval("undefined_thing")):
    try:
        print(f())
    except (ValueError, TypeError, NameError) as e:
        print(type(e).__name__, e)
print(eval(b"7 * 6"), eval("[i for i in range(3)]"), exec("pass"), eval("(lambda: 'lam')()"))
env = {"__builtins__": {"len": len}}
print(eval("len('abc')", env))
try:
    eval("print('x')", env)
except NameError as e:
    print("NameError", e)
def use_locals():
    v = 5
    return eval("v + 1"), eval("v + 1", globals(), {"v": 100})
print(use_locals())
exec("def made(): return 'made in exec'", ns)
print(ns["made"](), ns["made"].__name__)
only = compile("x", "<n>", "eval", dont_inherit=True)
print(eval(only, {"x": "dont_inherit ok"}), compile("pass", "f", "exec", flags=0).co_name)
