class A:
    pass
a = A()
print(str(a) == repr(a), type(repr(a)).__name__, format(a, "") == str(a))
class B:
    def __repr__(self):
        return "B()"
print(str(B()), repr(B()), f"{B()}", f"{B()!s}", [B()], (B(),), {1: B()})
class C:
    def __str__(self):
        return "C-str"
print(str(C()), f"{C()}", repr(C()).startswith("<"), [C()][0].__str__())
class D:
    def __eq__(self, o):
        return True
print(D.__hash__ is None)
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)
class E:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(isinstance(hash(E()), int))
