# classmethod and staticmethod: binding, calling through instances and classes, wrapping.
class C:
    count = 0
    @classmethod
    def create(cls, *args):
        cls.count += 1
        return cls, args
    @staticmethod
    def util(x, y=1):
        return x * y
    def inst(self):
        return self
class D(C):
    pass
print(C.create(1), D.create(), C().create(2), C.count, D.count)
print(C.util(3), C().util(3, 4), D.util(2), C.__dict__["util"].__func__(5))
sm = C.__dict__["util"]
cm = C.__dict__["create"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__, callable(sm))
print(sm(7), cm.__get__(None, D)()[0].__name__, cm.__get__(D())()[0].__name__)
bound = C().inst
print(type(bound).__name__, bound.__func__ is C.inst, bound.__self__.__class__.__name__, bound.__name__, bound.__qualname__)
b1, b2 = C().inst, C().inst
c_obj = C()
print(c_obj.inst == c_obj.inst, c_obj.inst is c_obj.inst, b1 == b2, hash(c_obj.inst) == hash(c_obj.inst))
try:
    C.inst()
except TypeError as e:
    print("TypeError", e)
try:
    classmethod(1)(None) if False else classmethod(1).__get__(None, C)()
except TypeError as e:
    print("TypeError", e)
print(staticmethod(len)("abc"), classmethod(lambda cls: cls.__name__).__get__(None, D)())
def free(*a):
    return a
C.attached = free
C.attached_static = staticmethod(free)
obj = C()
print(obj.attached(1)[1], obj.attached_static(1), C.attached(1))
print(sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__, C.util.__name__, C.create.__name__)
class WithDoc:
    @staticmethod
    def s():
        "static doc"
    @classmethod
    def c(cls):
        "class doc"
print(WithDoc.s.__doc__, WithDoc.c.__doc__, WithDoc.__dict__["s"].__doc__)
m = obj.inst
print(m() is obj, m.__self__ is obj, type(C.create).__name__, C.create.__self__ is C, D.create.__self__ is D)
