class Container[T]:
    def __init__(self):
        self.items: list[T] = []
    def add(self, item: T) -> "Container[T]":
        self.items.append(item)
        return self
    def map[U](self, f: "Callable[[T], U]") -> "Container[U]":
        c = Container()
        for i in self.items:
            c.add(f(i))
        return c
c = Container().add(1).add(2).map(lambda v: v * 10)
print(c.items)
print(Container.map.__type_params__, Container.__type_params__)
def swap[A, B](pair: tuple[A, B]) -> tuple[B, A]:
    return pair[1], pair[0]
print(swap((1, "a")), swap.__annotations__)
def default_bound[T: (int, str) = int]() -> T:
    pass
tp = default_bound.__type_params__[0]
print(tp.__constraints__, tp.__default__ if hasattr(tp, "__default__") else "no default")
class Sub[T](Container[T]):
    pass
print(Sub.__mro__[1].__name__, Sub.__type_params__)
