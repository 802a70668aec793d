# MATCH_SEQUENCE and MATCH_MAPPING follow the classes' collection flags: set by
# collections.abc (__abc_tpflags__), inherited from the first base in the MRO that has one,
# and given by ABCMeta.register to classes that have none.
import collections
import collections.abc


def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
        case _:
            return "other"


class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


class C:
    pass


class M1(collections.UserDict, collections.abc.Sequence):
    pass


class M3(collections.UserDict, C, list):
    pass


class S4(list, collections.UserDict):
    pass


class Str(str, collections.abc.Sequence):
    pass


for obj in [Seq(), M1(), M3(), S4(), Str("ab"), "ab", b"ab", bytearray(b"x"), [1], (1,), {1: 2},
            collections.OrderedDict(), collections.deque(), range(2), memoryview(b"ab")]:
    print(type(obj).__name__, kind(obj))

match Seq():
    case [a, *_, b]:
        print("first", a, "last", b)


class Late:
    pass


class LateChild(Late):
    pass


print(kind(Late()), kind(LateChild()))
collections.abc.Mapping.register(Late)
print(kind(Late()), kind(LateChild()))
collections.abc.Sequence.register(Late)  # already a mapping: unchanged
print(kind(Late()))
collections.abc.Sequence.register(str)   # built-in types keep theirs
print(kind("s"))
print(Seq.__flags__ & (1 << 5) != 0, M1.__flags__ & (1 << 6) != 0, Late.__flags__ & (1 << 6) != 0)
