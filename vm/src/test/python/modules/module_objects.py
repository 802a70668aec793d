# Module objects: __name__ of __main__, module attributes, creating module objects via type(sys).
import sys
main = sys.modules["__main__"]
print(__name__, main.__name__, type(main).__name__, main.__spec__ is None, main.__package__ is None or main.__package__ == "")
print(hasattr(main, "__file__"), main.__file__.endswith("module_objects.py"), main.__doc__ is None, __doc__)
ModuleType = type(sys)
m = ModuleType("made")
print(m.__name__, m.__doc__, sorted(k for k in vars(m)), repr(m))
m2 = ModuleType("with_doc", "the doc")
m2.value = 5
print(m2.__doc__, m2.value, getattr(m2, "missing", "dflt"))
try:
    m2.missing
except AttributeError as e:
    print("AttributeError", e)
def __getattr__(name):
    return f"module __getattr__ for {name}"
print(main.some_dynamic_name)
try:
    ModuleType()
except TypeError as e:
    print("TypeError", e)
try:
    ModuleType(5)
except TypeError as e:
    print("TypeError", e)
m.__dict__["direct"] = "via dict"
print(m.direct)
del m.direct
print(hasattr(m, "direct"))
exec("def f():\n    return __name__\nvar = 1", m.__dict__)
print(m.f(), m.var, m.f.__module__, m.f.__globals__ is m.__dict__)
builtins_mod = sys.modules["builtins"]
print(builtins_mod.__name__, builtins_mod.len is len, type(builtins_mod).__name__)
print(sys.modules["sys"] is sys, "__main__" in sys.modules, isinstance(sys.modules, dict))
class SubModule(ModuleType):
    def __repr__(self):
        return f"<SubModule {self.__name__}>"
sm = SubModule("sub")
print(sm, isinstance(sm, ModuleType), sm.__dict__["__name__"])
print(dir(m2) == sorted(dir(m2)), "value" in dir(m2))
