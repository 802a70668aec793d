# globals()/locals() at module and function level, exec/eval with them, class body namespaces.
x = 1
def f():
    y = 2
    loc = locals()
    loc["y"] = 100
    loc["z"] = 3
    return y, sorted(loc), "x" in globals()
print(f())
g = globals()
g["created"] = "via globals()"
print(created)
print(locals() is globals())
def exec_local():
    a = 1
    exec("a = 2\nb = 3")
    return a, "b" in locals(), locals().get("b")
print(exec_local())
def exec_with_dict():
    ns = {"a": 1}
    exec("a += 1\nc = a * 10", ns)
    return ns["a"], ns["c"]
print(exec_with_dict())
class C:
    p = 1
    q = p + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names, C.q)
def closure_locals():
    outer_var = "o"
    def inner():
        return sorted(locals())
    def inner2():
        return outer_var, sorted(locals())
    return inner(), inner2()
print(closure_locals())
code = "result = [i * n for i in range(3)]"
ns = {"n": 5}
exec(code, ns)
print(ns["result"])
print(eval("x + 1"), eval("x + 1", {"x": 10}), eval("x", {"x": 1}, {"x": 2}))
def eval_in_func():
    local_value = 7
    return eval("local_value * 2"), eval("[local_value for _ in range(2)]")
print(eval_in_func())
exec("global_from_exec = 42")
print(global_from_exec)
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
