# None, Ellipsis and NotImplemented: identity, repr, truth, type constructors.
print(None, repr(None), type(None).__name__, type(None)() is None, None is None, bool(None))
print(..., Ellipsis, repr(...), type(...).__name__, type(...)() is ..., ... is Ellipsis, bool(...))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(hash(None) == hash(None), None == None, None != 0, [None] * 2, {None: ...})
N, E = None, ...
for f in (lambda: None + 1, lambda: None < None, lambda: N(), lambda: None.x, lambda: len(None), lambda: iter(None),
          lambda: N[0], lambda: E(), lambda: type(None)(1)):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def nothing():
    pass
print(nothing(), nothing() is None, (lambda: None)(), print() is None)
x = None
print(x is None, x is not None, x == None if False else "ok", str(None).lower(), f"{None!r}", "%s" % None)
print(None.__class__, Ellipsis.__class__, NotImplemented.__class__.__name__)
print(sorted([3, 1], key=lambda v: v) if None is None else None)
print(dir(None) == dir(type(None)), None.__bool__(), None.__eq__(None), None.__eq__(1))
