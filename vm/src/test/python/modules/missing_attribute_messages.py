# A module's missing attribute: the message says when a circular import is the likely cause, as
# the module's spec tells (initializing, or a submodule not yet initialized).
import types
import importlib


def show(module, name):
    try:
        getattr(module, name)
    except AttributeError as e:
        print(type(e).__name__, e, e.name == name, e.obj is module)


m = types.ModuleType("m")
show(m, "x")
m.__spec__ = types.SimpleNamespace(name="m", _initializing=False, _uninitialized_submodules=["sub"])
show(m, "sub")
show(m, "other")
m.__spec__ = types.SimpleNamespace(name="m", _initializing=True, _uninitialized_submodules=["sub"])
show(m, "sub")
m.__spec__ = types.SimpleNamespace(name="m")
show(m, "x")
m.__spec__ = None
show(m, "x")
m.__spec__ = 5
show(m, "x")
# Modules that imports made: their specs are done initializing, and answer importlib's questions.
import json
print(json.__spec__._initializing, json.__spec__._uninitialized_submodules, json.__spec__.name)
decoder = importlib.import_module("json.decoder")
print(decoder.__name__, decoder.__spec__.parent)
show(json, "nothing_here")
m.__getattr__ = lambda name: "via __getattr__ " + name
print(m.x)
