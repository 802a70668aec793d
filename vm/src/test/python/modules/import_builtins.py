# Importing built-in modules only: import forms, aliases, from-imports, __import__, errors for missing modules.
import sys as system
from sys import maxsize as biggest, byteorder
import builtins
print(system.__name__, biggest == system.maxsize, byteorder in ("little", "big"), builtins.abs(-1))
m = __import__("sys")
print(m is system, __import__("builtins").len("ab"))
try:
    import no_such_module_kaa_corpus
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from builtins import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
def local_import():
    import sys
    from sys import version_info as vi
    return sys.version_info[:2] == vi[:2]
print(local_import())
print("sys" in dir(), "system" in dir(), "biggest" in globals())
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
import sys, builtins as b2
print(b2 is builtins, sys is system)
print(isinstance(sys.modules.get("sys"), type(sys)), sys.modules.get("no_such_module_kaa_corpus"))
