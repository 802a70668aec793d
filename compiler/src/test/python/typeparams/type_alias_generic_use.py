type Vector = list[float]
type Matrix[T] = list[list[T]]
type Callback[**P, R] = "Callable[P, R]"
type Shape[*Ts] = tuple[*Ts]
print(Vector.__value__, Matrix.__type_params__, Matrix[int])
print(Callback.__type_params__, Callback.__value__)
print(Shape.__type_params__, Shape[int, str])
def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]
print(scale([1.0, 2.0], 3), scale.__annotations__["v"] is Vector)
type Alias = int
print(Alias.__module__, repr(Alias), Alias.__type_params__)
try:
    Alias.__value__ = str
except AttributeError as e:
    print("AttributeError:", e)
