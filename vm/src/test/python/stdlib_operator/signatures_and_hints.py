# inspect.signature of operator's callable types and their instances; special methods
# (__length_hint__, __sizeof__) looked up on the type, descriptors honoured; array.array is
# a registered MutableSequence.
import array
import collections.abc
import inspect
import operator
import sys

for t in (operator.attrgetter, operator.itemgetter, operator.methodcaller):
    print(t.__name__, inspect.signature(t), t.__text_signature__)
for obj in (operator.attrgetter("x", "y"), operator.itemgetter(2, 3), operator.methodcaller("foo", 2, y=3)):
    print(inspect.signature(obj))
print(int.__text_signature__, type(len).__text_signature__)
record = []


class Described:
    def __init__(self, impl):
        self.impl = impl

    def __get__(self, obj, owner):
        record.append(self.impl.__name__)
        return self.impl.__get__(obj, owner)


def hint(self):
    return 3


def sizeof(self):
    return 0


class It:
    __length_hint__ = Described(hint)
    __sizeof__ = Described(sizeof)

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __getattr__(self, name):
        record.append("getattr " + name)
        raise AttributeError(name)


print(list(It()), operator.length_hint(It()), sys.getsizeof(It()) >= 0)
print(record)


class BadHint:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return self.value


for value in (-1, "x", NotImplemented, 2):
    b = BadHint()
    b.value = value
    try:
        print(list(b), operator.length_hint(b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class NoSize:
    __sizeof__ = None


for default in ((), (-1,)):
    try:
        print(sys.getsizeof(NoSize(), *default))
    except TypeError as e:
        print(type(e).__name__, e)
print(issubclass(array.array, collections.abc.MutableSequence), isinstance(array.array("b"), collections.abc.Sequence))
