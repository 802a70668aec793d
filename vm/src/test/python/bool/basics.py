# bool is an int subclass with two instances; arithmetic yields ints.
print(True, False, repr(True), str(False), int(True), float(False), type(True).__mro__)
print(True + True, True - False, True * 3, True / 2, True // 1, True % 2, -True, +False, True ** 10)
print(True & True, True | False, False ^ True, type(True ^ True).__name__, type(True + 0).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool({}), bool(set()), bool(None), bool(range(0)), bool(range(1)), bool(0j), bool(b""))
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0, True is True)
print(True.bit_length(), False.real, True.numerator, (True).__index__(), True.as_integer_ratio())
print(hash(True), hash(False), {True: "a", 1: "b"}, [0, 1][True])
print(format(True), format(True, "d"), format(False, "^7"), f"{True!r:>6}", "%s %d" % (True, True))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(bool.__new__(bool, 5), bool("False"), bool(...), bool(NotImplemented) if False else "skip")
print(True.__and__(1), True.__and__(True), True.__or__(2), (3).__and__(True))
print(max(True, False), min([True, 2, 0.5]), sum([True, True, False]), sorted([True, False, True]))
print(str(True).upper(), True.__class__.__name__, bool.__base__.__name__)
class Truthy:
    def __bool__(self):
        return True
class Sized:
    def __len__(self):
        return 0
print(bool(Truthy()), bool(Sized()), not Sized(), Truthy() and "yes")
print(1 if True else 0, True and 3, False or 4, not True, not 0)
