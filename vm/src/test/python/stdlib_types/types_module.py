# types: SimpleNamespace, MappingProxyType, new_class, MethodType, FunctionType names, GenericAlias.
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]), repr(types.SimpleNamespace()))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0), type(mp).__name__)
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
class Base:
    pass
C = types.new_class("C", (Base,), {}, lambda ns: ns.update({"x": 5}))
print(C.__name__, C.x, C.__mro__[1].__name__)
def method(self):
    return type(self).__name__
bound = types.MethodType(method, C())
print(bound(), type(bound) is types.MethodType)
def f():
    yield
async def g():
    pass
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(f()) is types.GeneratorType)
co = g()
print(type(co) is types.CoroutineType, type(f.__code__) is types.CodeType, type(types) is types.ModuleType)
co.close()
m = types.ModuleType("fake", "fake doc")
m.attr = 1
print(m.__name__, m.__doc__, m.attr, sorted(k for k in vars(m)))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias(list, (int,)), types.UnionType)
print(types.resolve_bases((Base,)), types.get_original_bases(C) if hasattr(types, "get_original_bases") else (Base,))
print(isinstance(Base.__dict__, types.MappingProxyType), type(int.__add__) is types.WrapperDescriptorType, type((1).__add__) is types.MethodWrapperType)
print(type(str.join) is types.MethodDescriptorType, type(dict.__dict__["fromkeys"]) is types.ClassMethodDescriptorType, type(Base.__init__) is types.WrapperDescriptorType)
