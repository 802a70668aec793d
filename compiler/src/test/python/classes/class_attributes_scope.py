class Config:
    debug = False
    level = 3 if debug else 1
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    def get_level(self):
        return self.level
    total = level + len(names)
print(Config.level, Config.upper, Config.total, Config().get_level())
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.instances, Sub.instances)
class Shadow:
    x = 1
    def f(self, x=x):
        return x
    x = 2
print(Shadow().f(), Shadow.x)
class WithDoc:
    """Doc here."""
    __module_copy = __module__
    qn = __qualname__
print(WithDoc.__doc__, WithDoc.qn, WithDoc._WithDoc__module_copy)
