# Data vs non-data descriptors and their precedence over the instance dict.
class NonData:
    def __get__(self, obj, owner):
        return f"nondata({None if obj is None else 'obj'}, {owner.__name__})"
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")
class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DeleteOnly()
c = C()
print(c.nd, C.nd, c.d, C.d)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "instance loses to data"
print(c.nd, c.d)
c.d = 5
c.so = 6
print(type(c.so).__name__, C.__dict__["so"] is c.so)
c.__dict__["so"] = "in dict"
print(c.so)
del c.do
try:
    c.do = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del c.d
except AttributeError as e:
    print("AttributeError", e)
C.d = "replaced on class"
print(c.d, C.d)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    age = Typed(int)
    name = Typed(str)
p = Person()
p.age, p.name = 30, "Al"
print(p.age, p.name, sorted(vars(p)), type(Person.age).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
class Meth:
    def f(self):
        return "f"
m = Meth()
print(Meth.f.__get__(m)(), Meth.__dict__["f"].__get__(None, Meth) is Meth.f, type(Meth.f.__get__(m)).__name__)
