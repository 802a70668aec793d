# hash of ints, strings' equality-consistency, tuples; id compared only; type() one and three args.
print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(1.0), hash(0.5), hash(-0.5), hash(1e300) == hash(int(1e300)), hash(True), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(()), hash(((),)) == hash(((),)))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash("abc") == hash(b"abc") or "maybe", hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(1 + 0j) == hash(1), hash(complex(1, 2)) == hash(complex(1, 2)), hash(range(3)) == hash(range(0, 3)))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, id(None) == id(None), type(id(a)).__name__)
x = object()
print(id(x) == id(x), hash(x) == hash(x), isinstance(hash(x), int))
print(type(1), type("s"), type(None), type(type), type(lambda: 0).__name__)
T = type("T", (int,), {"double": lambda self: self * 2, "__doc__": "made"})
t = T(21)
print(t.double(), T.__doc__, T.__mro__[1].__name__, type(t).__name__, T.__module__)
for args in ((), (1, 2), ("X", (1,), {}), ("X", (), {"__slots__": 5}), ("X", (bool,), {})):
    try:
        print(type(*args))
    except TypeError as e:
        print("TypeError", e)
for obj in ([], {}, set(), bytearray()):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()), hash(H()) == 12345)
class HF:
    def __hash__(self):
        return 1.5
try:
    hash(HF())
except TypeError as e:
    print("TypeError", e)
print(type(T), type(T) is type, type.__name__, type.__qualname__, T.__qualname__)
