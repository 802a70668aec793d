m = __import__("os.path", fromlist=["join"])
print(m.join("x", "y"))
top = __import__("os.path")
print(top.__name__)
try:
    exec("from . import something", {"__name__": "not_a_package", "__package__": ""})
except ImportError as e:
    print("ImportError:", e)
import importlib.util
print(importlib.util.find_spec("json") is not None, importlib.util.find_spec("no_such_mod_kaa") is None)
