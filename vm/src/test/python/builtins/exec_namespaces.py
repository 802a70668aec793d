# exec() and eval() take globals and locals by keyword; __builtins__ in the globals may be any
# object: a mapping (dict subclasses included) answers through __getitem__, anything else fails
# the lookup with TypeError.
import types
import warnings

g = {}
exec("global z\nz = 1", globals=g)
print(g["z"])
loc = {}
exec("y = 2", locals=loc)
print(loc)
print(eval("a + b", globals={"a": 1}, locals={"b": 2}))
try:
    exec("x", source=1)
except TypeError as e:
    print("TypeError:", e)

code = compile("print('Hello World!')", "", "exec")
for builtins in [{}, 123, types.MappingProxyType({"print": len})]:
    try:
        exec(code, {"__builtins__": builtins})
        print("ran")
    except Exception as e:
        print(type(e).__name__, e)


class Loud(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key)


exec("print(len('abc'))", {"__builtins__": Loud(print=print, len=len)})


class Refusing(dict):
    def __getitem__(self, key):
        raise LookupError("refused " + key)


for ns in [Refusing(name=1), {"__builtins__": Refusing(name=1)}]:
    try:
        exec("name", ns)
    except LookupError as e:
        print("LookupError:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented), "yes" if NotImplemented else "no")
print([(w.category.__name__, str(w.message)) for w in caught])

# import statements call the __import__ of the frame's builtins.
ns = {"__builtins__": types.MappingProxyType({})}
try:
    exec("import foo.bar", ns)
except ImportError as e:
    print("ImportError:", e)
ns = {"__builtins__": types.MappingProxyType({"__import__": lambda *args: args})}
exec("import foo.bar", ns)
print(ns["foo"][0], ns["foo"][1] is ns, ns["foo"][3:])
