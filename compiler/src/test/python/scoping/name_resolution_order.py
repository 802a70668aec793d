import builtins
def show():
    return repr(len), repr(abs)[:20]
x = "module"
def f():
    return x
def g():
    x = "local"
    return f()
print(g())
builtins.kaa_builtin = "from builtins"
print(kaa_builtin)
kaa_builtin = "module shadows"
print(kaa_builtin)
del kaa_builtin
print(kaa_builtin)
del builtins.kaa_builtin
try:
    kaa_builtin
except NameError as e:
    print("NameError:", e)
def late_binding():
    return later_defined()
def later_defined():
    return "defined after use site"
print(late_binding())
def local_shadowing_builtin():
    try:
        print(len)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    len = 5
local_shadowing_builtin()
