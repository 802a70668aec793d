# The __main__ module namespace: dunder names present, globals() identity, __builtins__ lookups, del of globals.
import sys
names = sorted(n for n in globals() if n.startswith("__"))
print(names)
print(__name__, __spec__, __package__, __loader__ is not None, __file__.endswith("main_module_namespace.py"))
print(sys.modules[__name__].__dict__ is globals(), globals() is vars(sys.modules["__main__"]))
value = 1
del value
try:
    value
except NameError as e:
    print("NameError", e)
def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
len = lambda x: "global shadow"
print(len([1]))
del len
print(len([1, 2, 3]))
import builtins
builtins.kaa_injected = "visible everywhere"
print(kaa_injected)
del builtins.kaa_injected
try:
    kaa_injected
except NameError as e:
    print("NameError", e)
print(type(__builtins__).__name__ in ("module", "dict"), __builtins__ is builtins or __builtins__ is builtins.__dict__)
print(__doc__, __annotations__ if "__annotations__" in globals() else "no annotations yet")
x: int = 5
print(__annotations__)
