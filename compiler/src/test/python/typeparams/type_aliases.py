type IntList = list[int]
print(IntList, type(IntList).__name__, IntList.__name__, IntList.__value__)
type Pair[T] = tuple[T, T]
print(Pair.__type_params__, Pair.__value__, Pair[int])
type Recursive = list[Recursive] | int
print(Recursive.__value__)
type Lazy = undefined_thing
try:
    Lazy.__value__
except NameError as e:
    print("lazy NameError:", e)
def f():
    type Local[X] = dict[str, X]
    return Local
L = f()
print(L.__name__, L.__type_params__, L.__value__)
class C:
    type InClass = int
    attr = InClass
print(C.InClass.__value__, C.attr.__name__)
type = "type as identifier still works"
print(type)
