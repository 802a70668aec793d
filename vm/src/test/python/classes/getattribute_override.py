# Overriding __getattribute__: intercepting every lookup, delegating with super(), proxies, and recursion pitfalls.
class Upper:
    def __init__(self):
        self.name = "kaa"
    def __getattribute__(self, attr):
        value = super().__getattribute__(attr)
        return value.upper() if isinstance(value, str) and not attr.startswith("__") else value
u = Upper()
print(u.name, u.__dict__, type(u).__name__)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        if name == "_target":
            return object.__getattribute__(self, name)
        print("proxy get", name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __setattr__(self, name, value):
        print("proxy set", name)
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return f"hello x={self.x}"
p = Proxy(Target())
print(p.x, p.hello())
p.x = 5
print(p.hello(), type(p).__name__, isinstance(p, Proxy))
print(len([1, 2]))
class Blocked:
    secret = "s"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(f"access to {name!r} denied")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback for {name}"
b = Blocked()
print(b.secret, b.other, Blocked.secret)
class Loops:
    def __getattribute__(self, name):
        return self.__dict__[name]
try:
    Loops().anything
except RecursionError as e:
    print("RecursionError", e)
class Counted:
    lookups = 0
    def __getattribute__(self, name):
        type(self).lookups += 1
        return super().__getattribute__(name)
    def m(self):
        return self.value
c = Counted()
c.value = 3
print(c.m(), Counted.lookups)
