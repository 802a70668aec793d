# Key equality vs identity, user-defined hash/eq, unhashable types, hash collisions, nan keys.
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name})"
d = {Key("a", 1): 1, Key("b", 1): 2, Key("c", 2): 3}
print(d, d[Key("b", 1)], Key("a", 1) in d, Key("a", 2) in d, len(d))
d[Key("a", 1)] = 10
print(d)
nan = float("nan")
n = {nan: 1}
n[nan] = 2
n[float("nan")] = 3
print(len(n), n[nan])
print({1: "int", 1.0: "float"}, {0: "a", False: "b", 0.0: "c"}, {(1, 2): 1, (1.0, 2.0): 2})
class NoHash:
    __hash__ = None
for k in ([1], {1: 2}, {1}, bytearray(b"x"), NoHash()):
    try:
        {k: 1}
    except TypeError as e:
        print("TypeError", e)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
class BadHash:
    def __hash__(self):
        return "h"
try:
    {BadHash(): 1}
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), {BigHash(): "ok"}.popitem()[1])
class Raises:
    def __hash__(self):
        raise ValueError("no hash for you")
try:
    Raises() in {}
except ValueError as e:
    print("ValueError", e)
print(frozenset({1, 2}) in {frozenset({2, 1}): "fs"}, {frozenset(): 0}[frozenset()])
