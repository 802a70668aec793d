# __getattr__ vs __getattribute__, __setattr__/__delattr__ hooks, AttributeError messages.
class Fallback:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("bad"):
            raise AttributeError(f"custom: {name}")
        return f"virtual {name}"
f = Fallback()
print(f.real, f.anything, getattr(f, "x"), hasattr(f, "bad_one"), getattr(f, "bad2", "default"))
try:
    f.bad3
except AttributeError as e:
    print("AttributeError", e)
class Spy:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "missing " + name
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
s = Spy()
s.a = "hello"
print(s.a, s.nothing)
del s.a
print(s.log)
try:
    del s.a
except AttributeError as e:
    print("AttributeError", e)
class Plain:
    pass
pl = Plain()
for name in ("missing", "__missing__"):
    try:
        getattr(pl, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    Plain.missing
except AttributeError as e:
    print("AttributeError", e)
for f in (lambda: getattr(pl, 1), lambda: setattr(pl, 2, 0), lambda: delattr(pl, "none"), lambda: object().x, lambda: setattr(object(), "y", 1),
          lambda: (1).x, lambda: setattr(1, "real", 5), lambda: setattr(int, "foo", 1), lambda: delattr(str, "upper")):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Near:
    value = 1
    def method(self):
        pass
for attr in ("valu", "methd", "vale"):
    try:
        getattr(Near(), attr)
    except AttributeError as e:
        print("AttributeError", e)
try:
    Near().valeu
except AttributeError as e:
    print("AttributeError", e)
class Raising:
    @property
    def prop(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Raising().prop)
