# getattr/setattr/hasattr/delattr on modules, classes and instances, with defaults and exception propagation.
class Obj:
    cls_attr = "class level"
    @property
    def boom(self):
        raise ValueError("property raised ValueError")
    @property
    def missing(self):
        raise AttributeError("property raised AttributeError")
o = Obj()
print(getattr(o, "cls_attr"), getattr(Obj, "cls_attr"), getattr(o, "nope", None), hasattr(o, "cls_attr"))
print(hasattr(o, "missing"), getattr(o, "missing", "default used"))
try:
    hasattr(o, "boom")
except ValueError as e:
    print("hasattr propagates:", e)
try:
    getattr(o, "boom", "default")
except ValueError as e:
    print("getattr propagates:", e)
setattr(o, "new", [1])
print(o.new, "new" in vars(o))
delattr(o, "new")
print(hasattr(o, "new"))
for f in (lambda: getattr(o, None), lambda: hasattr(o, 5), lambda: setattr(o, b"x", 1), lambda: delattr(o, "cls_attr"),
          lambda: getattr(), lambda: getattr(o, "a", "b", "c"), lambda: setattr(o, "x")):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
setattr(o, S("sub"), "via str subclass")
print(getattr(o, "sub"), [k for k in vars(o)])
print(getattr(len, "__name__"), getattr(int, "from_bytes").__name__, getattr(5, "real"), getattr([], "append").__name__)
print(getattr(__builtins__, "len") is len if hasattr(__builtins__, "len") else __builtins__["len"] is len)
import sys
mod = sys.modules[__name__]
setattr(mod, "dynamic_global", 123)
print(dynamic_global, getattr(mod, "__name__"), hasattr(mod, "Obj"))
delattr(mod, "dynamic_global")
try:
    dynamic_global
except NameError as e:
    print("NameError", e)
try:
    getattr(mod, "nothing_here")
except AttributeError as e:
    print("AttributeError", e)
