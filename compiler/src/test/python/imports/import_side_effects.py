import sys
before = "checked"
import colorsys
after = "colorsys" in sys.modules
print(before, after, colorsys.rgb_to_hsv(1.0, 0.0, 0.0))
import colorsys as c2
print(c2 is colorsys)
from importlib import reload
import types
m = types.ModuleType("virtual_mod", "doc of virtual")
m.value = 7
sys.modules["virtual_mod"] = m
import virtual_mod
from virtual_mod import value
print(virtual_mod.__doc__, value)
del sys.modules["virtual_mod"]
exec("import virtual_mod2", {}) if False else print("skip exec import")
import collections
print(type(collections).__name__, collections.__name__, hasattr(collections, "__path__"))
