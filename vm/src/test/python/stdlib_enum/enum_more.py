# enum features: IntFlag operations, aliases in iteration, _missing_, member methods and __members__ order.
import enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(7), Perm(6) & Perm.W, int(Perm.R | Perm.X), Perm.R in Perm(5), list(Perm(7)))
print(repr(Perm(0)), Perm(5) == 5, Perm.R + 1, str(Perm.R | Perm.W))
class Shape(enum.Enum):
    SQUARE = 4
    DIAMOND = 4
    TRIANGLE = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(list(Shape), list(Shape.__members__), Shape.DIAMOND is Shape.SQUARE, Shape("triangle"))
try:
    Shape(5)
except ValueError as e:
    print("ValueError", e)
class Planet(enum.Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_ish(self):
        return round(self.mass / self.radius ** 3, -3)
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MERCURY.density_ish)
print(sorted(Planet, key=lambda p: p.mass)[0].name, Planet["EARTH"] is Planet.EARTH, Planet.EARTH in Planet)
class Ordered(enum.IntEnum):
    LOW = 1
    HIGH = 3
    MID = 2
print(sorted(Ordered), max(Ordered), Ordered.LOW < Ordered.MID, [m.name for m in Ordered])
try:
    Ordered.LOW.value = 5
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(Ordered.LOW, int), Ordered(2).name, Ordered.__members__["HIGH"].value, len(Ordered))
