# enum: Enum, IntEnum, Flag, auto, unique, lookup errors, iteration order, reprs.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
for f in (lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color, "RED", 5)):
    try:
        print(f())
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), str(Num.ONE), format(Num.TWO), repr(Num.ONE))
class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), Perm(0), ~Perm.R, rw.value)
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print([m.value for m in Auto])
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
class S(enum.StrEnum):
    X = enum.auto()
    Y = "why"
print(S.X, S.Y.upper(), S.X == "x", list(S))
Dyn = enum.Enum("Dyn", "P Q R")
print(list(Dyn), Dyn.Q.value, Dyn(3).name)
class WithMethod(enum.Enum):
    UP = "u"
    DOWN = "d"
    def flip(self):
        return WithMethod.DOWN if self is WithMethod.UP else WithMethod.UP
print(WithMethod.UP.flip(), WithMethod("d").flip().name, Color.__members__.keys() if False else list(Color.__members__))
