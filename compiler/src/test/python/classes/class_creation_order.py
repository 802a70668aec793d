log = []
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(f"prepare {name} {kw}")
        return {}
    def __new__(mcs, name, bases, ns, **kw):
        log.append(f"new {name} keys={[k for k in ns if not k.startswith('__')]}")
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"init {name}")
        super().__init__(name, bases, ns)
def deco(cls):
    log.append(f"decorate {cls.__name__}")
    return cls
def base_expr():
    log.append("bases evaluated")
    return object
class Desc:
    def __set_name__(self, owner, name):
        log.append(f"set_name {name}")
class Parent:
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__}")
@deco
class C(Parent, metaclass=Meta, option=1):
    log.append("body start")
    a = Desc()
    def method(self):
        pass
    log.append("body end")
for line in log:
    print(line)
