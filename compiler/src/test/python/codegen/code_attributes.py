def simple(a, b, /, c, *args, d, e=1, **kw):
    x = a + b
    return x
co = simple.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
def gen():
    yield
async def coro():
    pass
async def agen():
    yield
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), bool(agen.__code__.co_flags & 0x200))
def closure():
    v = 1
    def inner():
        return v
    return inner
print(closure.__code__.co_cellvars, closure().__code__.co_freevars, bool(closure().__code__.co_flags & 0x10) is False)
print(bool(closure.__code__.co_flags & 0x01), bool(closure.__code__.co_flags & 0x02))
print(simple.__code__.co_filename == __file__ if "__file__" in globals() else True)
class K:
    def m(self):
        return __class__
print(K.m.__code__.co_freevars, K.m.__code__.co_qualname)
