from dataclasses import dataclass, field, asdict, replace
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item("apple", 1.5)
b = Item("banana", 0.5, ["yellow"])
print(a, b)
print(a < b, a == Item("apple", 1.5), sorted([b, a])[0].name)
print(asdict(b), replace(a, price=2.0))
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(p, hash(p) == hash(Point(1, 0)))
@dataclass(frozen=True)
class Child(Point):
    z: int = 9
print(Child(1, 2))
@dataclass(slots=True)
class Slotted:
    v: int
print(Slotted(3), Slotted.__slots__)
