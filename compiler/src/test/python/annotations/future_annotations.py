from __future__ import annotations
def f(a: int, b: list[str] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
class C:
    x: UndefinedType
    y: int = 5
    def m(self) -> C:
        return self
print(C.__annotations__, C.m.__annotations__)
v: some.dotted.name[1, 2] = 3
print(__annotations__)
def g(x: 1 + 2, y: "quoted", z: lambda: 0 = None):
    pass
print(g.__annotations__)
import typing
def h(x: int) -> str:
    return str(x)
print(typing.get_type_hints(h))
