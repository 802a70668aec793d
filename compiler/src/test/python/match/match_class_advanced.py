class Pos:
    __match_args__ = ("x",)
    def __init__(self, x, y=0):
        self.x, self.y = x, y
class NoArgs:
    pass
class Custom:
    __match_args__ = ("computed",)
    @property
    def computed(self):
        return "computed value"
def m(v):
    match v:
        case Pos(0, y=5):
            return "x0 y5"
        case Pos(x) if x < 0:
            return f"negative {x}"
        case Pos(x=x, y=y) if y:
            return f"kw {x},{y}"
        case NoArgs():
            return "noargs"
        case Custom(c):
            return c
        case Pos(_):
            return "some pos"
print([m(v) for v in [Pos(0, 5), Pos(-2), Pos(1, 2), NoArgs(), Custom(), Pos(9)]])
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class BadArgs:
    __match_args__ = ("a", "a")
    a = 1
try:
    match BadArgs():
        case BadArgs(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)
notaclass = "str instance"
try:
    match 5:
        case notaclass():
            pass
except Exception as e:
    print(type(e).__name__)
