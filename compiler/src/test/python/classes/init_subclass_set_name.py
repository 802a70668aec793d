class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    pass
print(sorted(Plugin.registry), Alpha.key, Beta.key)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 5
print(m.a, m.b, type(Model.a).__name__)
