# AttributeError texts for instances, classes, modules, builtins, None, and read-only attributes.
import sys
class C:
    __slots__ = ("a",)
class D:
    pass
targets = [
    ("instance", lambda: D().missing), ("class", lambda: D.missing), ("slots unset", lambda: C().a),
    ("slots set other", lambda: setattr(C(), "b", 1)), ("int", lambda: (5).missing), ("int set", lambda: setattr(5, "x", 1)),
    ("str method", lambda: "s".missing), ("list", lambda: [].missing), ("None", lambda: None.missing),
    ("module", lambda: sys.missing), ("type", lambda: int.missing), ("function", lambda: len.missing),
    ("set builtin attr", lambda: setattr([], "append", 1)), ("del builtin attr", lambda: delattr([], "append")),
    ("readonly int.real", lambda: setattr(1, "real", 2)), ("function __closure__", lambda: setattr(lambda: 0, "__closure__", None)),
    ("method attr", lambda: setattr(D().__init__, "x", 1)), ("del missing", lambda: delattr(D(), "nope")),
    ("object()", lambda: setattr(object(), "x", 1)), ("type attr set", lambda: setattr(str, "x", 1)),
    ("exception", lambda: ValueError().missing), ("frozen tuple", lambda: setattr((), "x", 1)),
    ("property no setter", lambda: setattr(type("P", (), {"p": property(lambda s: 1)})(), "p", 2)),
    ("generator", lambda: (x for x in ()).missing), ("bool", lambda: True.missing), ("dict", lambda: {}.has_key),
]
for label, f in targets:
    try:
        f()
        print(f"{label:22} no error")
    except (AttributeError, TypeError) as e:
        print(f"{label:22} {type(e).__name__}: {e}")
try:
    D().missing
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
try:
    sys.nope
except AttributeError as e:
    print(repr(e.name), e.obj is sys)
