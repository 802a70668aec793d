class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box.__type_params__, Box(3).get())
print(Box[int], Box.__parameters__ if hasattr(Box, "__parameters__") else None)
print([b.__name__ if hasattr(b, "__name__") else str(b) for b in Box.__orig_bases__] if hasattr(Box, "__orig_bases__") else "no orig bases")
class Pair[K, V](dict):
    def first_key(self) -> K:
        return next(iter(self))
p = Pair(a=1)
print(p.first_key(), Pair.__type_params__, Pair.__mro__[1].__name__)
class Outer[T]:
    class Inner:
        pass
    def method[U](self, u: U) -> tuple[T, U]:
        return (None, u)
print(Outer.method.__type_params__, Outer.Inner.__qualname__)
print(Outer().method(5))
class Lazy[T: undefined_name]:
    pass
try:
    Lazy.__type_params__[0].__bound__
except NameError as e:
    print("lazy bound NameError:", e)
