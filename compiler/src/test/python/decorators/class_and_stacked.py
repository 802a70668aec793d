def add_method(cls):
    cls.extra = lambda self: "extra!"
    return cls
def freeze_attrs(*names):
    def deco(cls):
        cls.frozen = names
        return cls
    return deco
@add_method
@freeze_attrs("a", "b")
class K:
    pass
print(K().extra(), K.frozen)
def deco_with_state():
    seen = []
    def d(obj):
        seen.append(obj.__name__)
        return obj
    d.seen = seen
    return d
track = deco_with_state()
@track
class A: pass
@track
def fn(): pass
@track
class B: pass
print(track.seen)
def param_deco(prefix):
    def d(f):
        return lambda *a: prefix + str(f(*a))
    return d
@param_deco("<")
@param_deco("[")
def val(x):
    return x * 2
print(val(21))
