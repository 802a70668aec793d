# __init_subclass__ with keyword arguments, __set_name__ order, and related errors.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin, name="alpha!"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(Plugin.registry, Alpha.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"<{self.name} of {type(obj).__name__}>"
class Model:
    first = Field()
    second = Field()
    alias = first
print(Model().first, Model().second, Model.first.name)
class Exploding:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Holder:
        boom = Exploding()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else None)
class Late:
    pass
Late.f = Field()
print(getattr(Late.f, "name", "no name set"))
class Base:
    def __init_subclass__(cls):
        print("subclass of Base:", cls.__name__, cls.__mro__[1].__name__)
class D1(Base): pass
class D2(D1): pass
T = type("T", (D2,), {})
class ImplicitClassmethod:
    def __init_subclass__(cls):
        cls.flag = cls.__name__
class S(ImplicitClassmethod): pass
print(S.flag, type(ImplicitClassmethod.__dict__["__init_subclass__"]).__name__)
