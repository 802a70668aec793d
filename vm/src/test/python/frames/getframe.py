# sys._getframe, f_back, f_lineno, f_code attributes, f_globals/f_locals.
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller():
    return where()
print(caller(), where())
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a():
    return b()
def b():
    return chain()
print(a())
def locals_view(x, y=2):
    z = x + y
    f = sys._getframe()
    return sorted(f.f_locals.items()) if False else sorted(k for k in f.f_locals), f.f_globals is globals()
print(locals_view(1))
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError", e)
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_code.co_filename.endswith("getframe.py"), top.f_lineno)
def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first
print(lines())
class K:
    def m(self):
        return sys._getframe().f_code.co_qualname, sys._getframe().f_code.co_name
print(K().m())
def gen():
    yield sys._getframe().f_back.f_code.co_name
print(next(gen()))
code = caller.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_firstlineno, type(code).__name__)
print(where.__code__.co_varnames, where.__code__.co_nlocals, chain.__code__.co_names[:2])
lam = lambda: sys._getframe().f_code.co_name
print(lam(), [sys._getframe().f_code.co_name for _ in range(1)])
