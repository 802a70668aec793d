# ExceptionGroup/BaseExceptionGroup construction, split, subgroup, derive, and the errors.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(eg, repr(eg), eg.message, len(eg.exceptions), type(eg).__name__, str(eg))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError), eg.split(Exception)[1], eg.subgroup(ExceptionGroup) is eg)
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(b).__name__, repr(b))
b2 = BaseExceptionGroup("only exceptions", [ValueError()])
print(type(b2).__name__)
for args in (("m", []), ("m", [1]), (5, [ValueError()]), ("m", ValueError()), ("m",), ("m", [KeyboardInterrupt()])):
    try:
        print(repr(ExceptionGroup(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = eg.derive([ZeroDivisionError()])
print(repr(d), d.__notes__ if hasattr(d, "__notes__") else "no notes")
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m1, r1 = mg.split(ValueError)
print(repr(m1), repr(r1), type(m1).__name__)
eg.add_note("group note")
m2, _ = eg.split(TypeError)
print(m2.__notes__, m2.message)
print(ExceptionGroup("e", (ValueError(),)).exceptions, issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup("x", [ValueError("a")]).args)
