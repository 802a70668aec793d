# sys functions that behave the same everywhere: intern identity, getrecursionlimit round trip, exc_info triple types.
import sys
a = sys.intern("".join(["kaa", "_", "interned"]))
b = sys.intern("kaa_interned")
print(a is b, a == b)
print(sys.getrecursionlimit() >= 100)
lim = sys.getrecursionlimit()
sys.setrecursionlimit(lim + 10)
print(sys.getrecursionlimit() - lim)
sys.setrecursionlimit(lim)
try:
    raise KeyError("x")
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, repr(info[1]), type(info[2]).__name__, sys.exception() is info[1])
print(sys.exc_info() == (None, None, None))
print(type(sys.maxsize).__name__, sys.maxsize + 1 == 2 ** 63, -sys.maxsize - 1 == -(2 ** 63))
print(sys.byteorder in ("little", "big"), sys.maxunicode == 0x10FFFF, len(sys.argv) >= 1)
print(isinstance(sys.modules, dict), isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print(sys.flags.optimize == 0, sys.flags.no_user_site in (0, 1), type(sys.flags).__name__)
print(sys.stdout.write("x") == 1)
print(sys.float_info.max > 1e308, sys.float_info.min < 1e-307, sys.float_info.dig)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(hasattr(sys, "getsizeof"), hasattr(sys, "settrace"), hasattr(sys, "_getframe"), hasattr(sys, "exit"))
print(callable(sys.getdefaultencoding), sys.getdefaultencoding())
old_hook = sys.excepthook
print(old_hook is sys.__excepthook__)
def hook(t, v, tb):
    print("custom hook", t.__name__)
sys.excepthook = hook
print(sys.excepthook is hook)
sys.excepthook = old_hook
print(sys.excepthook is sys.__excepthook__)
