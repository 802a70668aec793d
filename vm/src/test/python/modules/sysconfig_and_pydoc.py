# sysconfig's build-time variables that describe the interpreter, and pydoc built on them.
import sysconfig
import pydoc
for name in ("VERSION", "MULTIARCH", "MACHDEP", "ABIFLAGS", "SHLIB_SUFFIX", "Py_DEBUG", "Py_GIL_DISABLED",
             "WITH_DOC_STRINGS", "HOST_GNU_TYPE"):
    print(name, repr(sysconfig.get_config_var(name)))
print(sysconfig.get_platform(), sysconfig.get_python_version(), sysconfig.get_config_var("NO_SUCH_VAR"))
print(sysconfig.get_config_var("EXT_SUFFIX").endswith("-x86_64-linux-gnu.so"))
print(pydoc.render_doc(len).splitlines()[0])
print(pydoc.describe(len), pydoc.describe(pydoc), pydoc.describe(int))
def documented(a, b=2):
    """Add things."""
    return a + b
print(pydoc.plain(pydoc.render_doc(documented)).splitlines()[2:4])
import builtins
print(type(builtins.help).__name__, type(builtins.exit).__name__, repr(builtins.quit))
