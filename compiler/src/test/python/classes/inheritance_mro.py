class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def greet(self): return "hi from " + self.name()
class Named:
    def name(self): return "Named"
class Both(Mixin, Named):
    pass
print(Both().greet())
print(issubclass(D, A), isinstance(D(), C), D.__base__.__name__)
print(object.__subclasses__ is not None, type.__mro__)
