def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([1, 2]), first.__type_params__)
T_ = first.__type_params__[0]
print(T_.__name__, type(T_).__name__, T_.__bound__, T_.__constraints__)
def bounded[T: int, *Ts, **P](x: T) -> T:
    return x
print(bounded.__type_params__)
print([type(p).__name__ for p in bounded.__type_params__])
print(bounded.__type_params__[0].__bound__)
def constrained[S: (str, bytes)](s: S) -> S:
    return s
print(constrained.__type_params__[0].__constraints__)
print(first.__annotations__)
def default_scope[T](x: T = 5):
    return x
print(default_scope(), default_scope.__type_params__)
