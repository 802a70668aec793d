class Meta(type):
    def __len__(cls):
        return len(cls.registry)
    def __iter__(cls):
        return iter(sorted(cls.registry))
    def __getitem__(cls, k):
        return cls.registry[k]
    @property
    def count(cls):
        return len(cls.registry)
    def __repr__(cls):
        return f"<class {cls.__name__} with {len(cls)} entries>"
class Registry(metaclass=Meta):
    registry = {"b": 2, "a": 1}
print(len(Registry), list(Registry), Registry["a"], Registry.count, repr(Registry))
class Auto(type):
    def __new__(mcs, name, bases, ns):
        for k, v in list(ns.items()):
            if isinstance(v, int) and not k.startswith("_"):
                ns[k.upper()] = v * 10
        return super().__new__(mcs, name, bases, ns)
class K(metaclass=Auto):
    speed = 3
print(K.SPEED, K.speed)
class Sub(K):
    power = 4
print(hasattr(Sub, "POWER"), type(Sub).__name__)
