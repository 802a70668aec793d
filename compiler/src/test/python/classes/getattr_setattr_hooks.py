class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)
class T:
    pass
t = T()
p = Proxy(t)
p.x = 1
print(p.x, t.x)
del p.x
print(hasattr(t, "x"), p._log)
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
g = GA()
g.normal = "n"
print(g.magic, g.normal)
class Dir:
    def __dir__(self):
        return ["b", "a"]
print(dir(Dir()))
