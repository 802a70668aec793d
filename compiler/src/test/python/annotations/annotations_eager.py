def f(a: int, b: "str" = "x", *args: float, c: list[int] = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
class C:
    x: int
    y: str = "y"
    z: "Forward"
print(C.__annotations__, C.y)
print(hasattr(C, "x"))
count = 0
def side():
    global count
    count += 1
    return int
v: side() = 5
print(count, v)
def local_ann():
    a: int = 1
    b: str
    return a, "b" in locals()
print(local_ann())
print(__annotations__)
class D:
    lst: list[int] = []
    (paren): int = 3
print(D.__annotations__)
