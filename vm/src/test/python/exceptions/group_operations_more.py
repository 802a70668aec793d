# ExceptionGroup split/subgroup preserving structure, tracebacks and __cause__/__context__/__notes__ copying.
def make():
    try:
        raise ExceptionGroup("top", [ValueError("v1"), ExceptionGroup("sub", [TypeError("t1"), ValueError("v2")]), KeyError("k")])
    except ExceptionGroup as g:
        return g
g = make()
g.__cause__ = RuntimeError("cause")
g.add_note("top note")
vals, rest = g.split(ValueError)
print(repr(vals))
print(repr(rest))
print(vals.__cause__, vals.__notes__, rest.__notes__, vals.__traceback__ is g.__traceback__)
print(vals.exceptions[1].message, type(vals.exceptions[1]).__name__)
only_keys = g.subgroup(lambda e: isinstance(e, KeyError) or isinstance(e, ExceptionGroup))
print(repr(only_keys))
print(g.subgroup(lambda e: e is g) is g, g.split(lambda e: False)[0], g.split(BaseException)[1])
print(repr(g.subgroup((TypeError, KeyError))))
def leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(g)])
class Tagged(ExceptionGroup):
    tag = "none"
    def derive(self, excs):
        new = Tagged(self.message, excs)
        new.tag = self.tag + "+derived"
        return new
t = Tagged("tagged", [ValueError(1), OSError(2)])
t.tag = "T"
a, b = t.split(ValueError)
print(type(a).__name__, a.tag, b.tag, repr(a))
try:
    ExceptionGroup("bad", [ValueError(), 5])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
try:
    Tagged("kw", [ValueError()], tag="x")
except TypeError as e:
    print("TypeError", e)
