# Code object attributes that do not depend on bytecode details.
def sample(a, b, /, c, *args, d, e=1, **kw):
    "doc"
    local1 = a + b
    def inner():
        return local1 + c
    return inner
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_filename.endswith("code_objects.py"), co.co_firstlineno)
flags = co.co_flags
print(bool(flags & 0x04), bool(flags & 0x08), bool(flags & 0x20), bool(flags & 0x80))
inner = sample(1, 2, 3, d=4)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_varnames, len(inner.__closure__), [c.cell_contents for c in inner.__closure__])
print(inner())
def gen():
    yield
async def coro():
    pass
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), bool(sample.__code__.co_flags & 0x20))
lam = lambda x, y=2: x * y
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__defaults__, lam.__name__)
c2 = co.replace(co_name="renamed")
print(c2.co_name, co.co_name, type(co).__name__)
compiled = compile("a = 1\nb = a + 1\n", "<mod>", "exec")
print(compiled.co_name, compiled.co_filename, compiled.co_argcount, "a" in compiled.co_names, compiled.co_firstlineno)
e = compile("x + 1", "<e>", "eval")
print(e.co_names, e.co_name, eval(e, {"x": 41}))
try:
    type(co)()
except TypeError as err:
    print("TypeError", type(err).__name__)
print(sample.__code__ is sample.__code__, co == co, hash(co) == hash(co))
print([l for l in dir(co) if l.startswith("co_") and l in ("co_name", "co_argcount", "co_flags", "co_consts", "co_names", "co_varnames")])
def with_consts():
    return ("tuple", 3.5, None)
print(("tuple", 3.5, None) in [c for c in with_consts.__code__.co_consts if isinstance(c, tuple)] or "folded" in "folded")
