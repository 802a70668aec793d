import sys
a = 1
def f():
    return a
a = 2
print(f())
print("f" in globals(), "zzz" in globals())
globals()["dyn"] = "dynamic"
print(dyn)
def use_builtin():
    return len("four")
len = lambda s: -1
print(use_builtin())
del len
print(use_builtin())
print(__name__)
def locals_demo(p):
    q = p + 1
    return sorted(locals().items())
print(locals_demo(1))
