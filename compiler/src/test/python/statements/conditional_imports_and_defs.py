import sys
if sys.version_info >= (3, 13):
    def version_note():
        return "3.13 or newer"
else:
    def version_note():
        return "older"
print(version_note())
try:
    import tomllib
    have_toml = True
except ImportError:
    have_toml = False
print("tomllib:", have_toml)
for name in ("math", "cmath"):
    mod = __import__(name)
    print(name, mod.sqrt(4) if name == "math" else mod.sqrt(-4))
if True:
    class Defined:
        flag = "in if"
print(Defined.flag)
while True:
    def in_loop():
        return "defined in loop"
    break
print(in_loop())
