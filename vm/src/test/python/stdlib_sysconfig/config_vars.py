# _sysconfig.config_vars and what sysconfig makes of it.
import _sysconfig
import sysconfig

v = _sysconfig.config_vars()
print(v)
v["extra"] = 1
print(_sysconfig.config_vars())
print(_sysconfig.config_vars() is _sysconfig.config_vars())
print(sysconfig.get_config_var("Py_GIL_DISABLED"))
print(sysconfig.get_config_vars()["Py_GIL_DISABLED"] == v["Py_GIL_DISABLED"])
try:
    _sysconfig.config_vars(1)
except TypeError:
    print("TypeError")
