# Truth testing: __bool__, __len__, errors when they return the wrong type.
class BoolOnly:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Plain:
    pass
print(bool(BoolOnly(True)), bool(BoolOnly(False)), bool(LenOnly(0)), bool(LenOnly(3)))
print(bool(Both()), bool(Plain()), len(Both()))
if LenOnly(2):
    print("LenOnly(2) is true")
print([x for x in (BoolOnly(False), LenOnly(1)) if x].__len__())
for obj in (BoolOnly(1), BoolOnly("yes"), LenOnly(-1), LenOnly("3"), LenOnly(2 ** 100)):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError", e)
r = BoolOnly(True) or print("not reached")
print(type(r).__name__)
r = BoolOnly(False) and print("not reached")
print(type(r).__name__)
print(not LenOnly(0), all([LenOnly(1), BoolOnly(True)]), any([LenOnly(0)]))
while LenOnly(0):
    print("never")
print("done", 0 or "" or [] or None, 1 and "a" and [1])
