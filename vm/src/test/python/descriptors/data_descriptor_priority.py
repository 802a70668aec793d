# Attribute lookup order: data descriptor on type > instance dict > non-data descriptor > class attribute > __getattr__.
log = []
class DataDesc:
    def __get__(self, obj, typ):
        log.append("data get")
        return "data"
    def __set__(self, obj, v):
        log.append(f"data set {v}")
class NonDataDesc:
    def __get__(self, obj, typ):
        log.append("nondata get")
        return "nondata"
class Base:
    inherited_data = DataDesc()
class C(Base):
    data = DataDesc()
    nondata = NonDataDesc()
    plain = "plain class attr"
    def __getattr__(self, name):
        log.append(f"__getattr__ {name}")
        return f"fallback {name}"
c = C()
c.__dict__.update(data="inst data", nondata="inst nondata", plain="inst plain", inherited_data="inst inherited")
print(c.data, c.nondata, c.plain, c.inherited_data, c.missing)
print(log)
log.clear()
c.data = 1
c.nondata = 2
c.plain = 3
print(c.__dict__, log)
class MetaDesc(type):
    meta_attr = DataDesc()
    meta_plain = "from metaclass"
class K(metaclass=MetaDesc):
    meta_plain = "from class"
log.clear()
print(K.meta_attr, K.meta_plain, log)
K.meta_attr = "set through metaclass descriptor"
print(log, "meta_attr" in K.__dict__)
class GetattrRaises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    GetattrRaises().x
except KeyError as e:
    print("KeyError propagates from __getattr__", e)
print(hasattr(C(), "anything"), getattr(C(), "zzz"))
