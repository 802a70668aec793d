# C3 linearisation: diamonds, deep hierarchies, and the error for inconsistent orders.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print([k.__name__ for k in Z.mro()], Z.__bases__ == (K1, K2, K3), Z.__base__.__name__)
class X: pass
class Y(X): pass
for bases in ((X, Y), (Y, X, Y) if False else (Y, X), (X, X)):
    try:
        T = type("T", bases, {})
        print([k.__name__ for k in T.__mro__])
    except TypeError as e:
        print("TypeError", e)
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class Bad(Q1, Q2): pass
except TypeError as e:
    print("TypeError", e)
print(object.__mro__, type.__mro__, bool.__mro__, int.__bases__, object.__bases__, type.__base__)
class Diamond:
    def who(self):
        return "Diamond"
class Left(Diamond):
    def who(self):
        return "Left>" + super().who()
class Right(Diamond):
    def who(self):
        return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self):
        return "Bottom>" + super().who()
print(Bottom().who(), Left().who(), [k.__name__ for k in Bottom.__mro__])
try:
    class Inst(1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError", e)
print(issubclass(Bottom, Diamond), issubclass(Diamond, Bottom), Bottom.__subclasses__(), [c.__name__ for c in Diamond.__subclasses__()])
