class Outer:
    class Inner[T]:
        def method[U](self) -> "tuple[T, U]":
            return (T, U)
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print([p.__name__ for p in Outer.Inner().method()])
def f[T](x: T) -> T:
    def g[U](y: U) -> tuple[T, U]:
        return (x, y)
    return g
print(f.__qualname__, f(1).__qualname__, f(1)(2), f(1).__type_params__)
class C[T: (lambda: int)()]:
    pass
print(C.__type_params__[0].__bound__)
def uses_class_var():
    class K[T]:
        attr = "class attr"
        def m(self) -> T:
            return K.attr
    return K().m()
print(uses_class_var())
class Base[T]:
    def who(self):
        return "Base"
class Derived[T](Base[T]):
    def who(self):
        return "Derived>" + super().who()
print(Derived().who(), Derived.__orig_bases__)
def paramspec[**P](f: "Callable[P, int]") -> "Callable[P, int]":
    return f
print(paramspec.__type_params__, type(paramspec.__type_params__[0]).__name__)
type Nested[T] = list[Nested[T]] | T
print(Nested.__value__)
