# Less common operators: @ on user types, ** with negative and float operands, % formatting vs modulo dispatch.
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, other):
        print("imatmul")
        self.rows = (self @ other).rows
        return self
    def __repr__(self):
        return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, b @ a)
a @= b
print(a)
try:
    1 @ 2
except TypeError as e:
    print("TypeError", e)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError", e)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, (-8) ** (1 / 3), 10 ** -2, 0 ** 0, 0.0 ** 0)
print(pow(-2, 0.5), (-1) ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 1j ** 2, (-1) ** 2.0)
print(7 % 3, -7 % 3, 7 % -3, 7.5 % 2, "%d%%" % 50, "%s" % (1,), "%s" % [1, 2], "%s-%s" % (1, 2))
class Mod:
    def __mod__(self, other):
        return f"Mod % {other!r}"
    def __rmod__(self, other):
        return f"{other!r} % Mod"
print(Mod() % 5, 5 % Mod(), "str %s" % Mod() if False else "fmt", "%s" % "x" % () if False else "ok")
print("%s" % Mod.__name__, "%r" % (Mod.__name__,), "abc" % ())
try:
    "abc" % 1
except TypeError as e:
    print("TypeError", e)
try:
    "%s %s" % [1, 2]
except TypeError as e:
    print("TypeError", e)
print("%s" % {"a": 1}, "%(a)s" % {"a": 1}, "%s %s" % ("a", "b"))
print(divmod(7, 3), divmod(-7, 3), 7 // 3 * 3 + 7 % 3, (-7) // 3 * 3 + (-7) % 3)
