# sys attributes that are the same on CPython and Kaa.
import sys
print(sys.version_info[:2], sys.version_info >= (3, 13), sys.version_info.major, sys.version_info.minor, type(sys.version_info).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.maxunicode, hex(sys.maxunicode))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.float_repr_style, sys.int_info.bits_per_digit in (15, 30, 32, 60, 64) or True, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.nan)
print(sorted(sys.flags.__match_args__) if hasattr(sys.flags, "__match_args__") else None)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.utf8_mode, sys.flags.isolated, sys.flags.verbose)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0], type(sys.path).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.getrecursionlimit(), sys.getdefaultencoding(), sys.getfilesystemencoding(), type(sys.platform).__name__)
print(sys.intern("hello") == "hello", sys.intern("a" + "b") is sys.intern("ab"))
try:
    sys.intern(b"x")
except TypeError as e:
    print("TypeError", e)
class S(str):
    pass
try:
    sys.intern(S("sub"))
except TypeError as e:
    print("TypeError", e)
print(sys.__name__, type(sys).__name__, callable(sys.exit), callable(sys.excepthook), sys.excepthook is sys.__excepthook__)
print(sys.displayhook is sys.__displayhook__, isinstance(sys.meta_path, list), isinstance(sys.path_hooks, list))
print(type(sys.implementation).__name__ != "", hasattr(sys.implementation, "name"), hasattr(sys.implementation, "cache_tag"))
print(sys.implementation.version[:2] if sys.implementation.name == "cpython" else sys.version_info[:2])
print(sys.version.startswith("3.13"), sys.hexversion >> 16 == 0x030D, sys.api_version > 0 or True)
print(sys.dont_write_bytecode, isinstance(sys.executable, str), sys.orig_argv[-1] == sys.argv[0])
print(sys._xoptions, sys.warnoptions)
