# __hash__ is set to None when __eq__ is defined without __hash__; inheritance of hash.
class EqNoHash:
    def __eq__(self, other):
        return True
class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 7
class ChildOfEq(EqAndHash):
    def __eq__(self, other):
        return False
class ChildKeepsHash(EqAndHash):
    def __eq__(self, other):
        return False
    __hash__ = EqAndHash.__hash__
class Plain:
    pass
print(EqNoHash.__hash__, ChildOfEq.__hash__, ChildKeepsHash.__hash__ is EqAndHash.__hash__, "__hash__" in Plain.__dict__)
for cls in (EqNoHash, EqAndHash, ChildOfEq, ChildKeepsHash, Plain):
    try:
        print(cls.__name__, hash(cls()) if cls is not Plain else "identity hash ok" if hash(cls()) is not None else "")
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
class ExplicitNone:
    __hash__ = None
print(isinstance(ExplicitNone(), object), hasattr(ExplicitNone(), "__hash__"), ExplicitNone.__hash__)
import_free = {EqAndHash(): 1}
print(import_free[EqAndHash()], len({EqAndHash(), EqAndHash()}))
class HashOnly:
    def __hash__(self):
        return 1
print(len({HashOnly(), HashOnly()}))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()), hash(-1), hash(-2))
class Large:
    def __hash__(self):
        return 2 ** 64 + 5
print(hash(Large()) == hash(2 ** 64 + 5))
class IntSub(int):
    def __eq__(self, other):
        return False
try:
    print(hash(IntSub(1)))
except TypeError as e:
    print("TypeError", e)
class StrSub(str):
    __hash__ = str.__hash__
    def __eq__(self, other):
        return str.__eq__(self, other)
print({StrSub("a"): 1}["a"], hash(StrSub("q")) == hash("q"))
print(type(object.__hash__(Plain())).__name__, hash(1.0) == hash(1), hash("") == hash(""), hash(()) == hash(tuple([])))
