import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    ANSWER = 42
    NAME = "kaa"
def m(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Consts.ANSWER:
            return "the answer"
        case Consts.NAME:
            return "the name"
        case _:
            return "other"
for v in [Color.RED, Color.GREEN, 42, "kaa", 1]:
    print(m(v))
import math
match 3.141592653589793:
    case math.pi:
        print("pi")
