# __eq__/__ne__ defaults and inheritance, NotImplemented fallbacks to identity, ordering across subclasses.
class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.cur) == (other.amount, other.cur)
    def __lt__(self, other):
        if not isinstance(other, Money) or other.cur != self.cur:
            return NotImplemented
        return self.amount < other.amount
    __hash__ = None
a, b, c = Money(1, "EUR"), Money(1, "EUR"), Money(2, "EUR")
print(a == b, a != b, a == c, a != c, a < c, c > a, a == 1, 1 == a, a != "x")
try:
    a < Money(1, "USD")
except TypeError as e:
    print("TypeError", e)
try:
    a <= c
except TypeError as e:
    print("TypeError", e)
print(sorted([c, a, b], key=lambda m: m.amount)[0] is a, [a, c].index(b), b in [c, a])
class Sub(Money):
    def __eq__(self, other):
        print("Sub.__eq__ called first")
        return super().__eq__(other)
print(a == Sub(1, "EUR"))
print(Sub(1, "EUR") == a)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly(), (n := NeOnly()) == n)
class EqReturnsNonBool:
    def __eq__(self, other):
        return [1]
print(EqReturnsNonBool() == 1, EqReturnsNonBool() != 1)
class AlwaysNotImpl:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
x = AlwaysNotImpl()
print(x == x, x == AlwaysNotImpl(), x != AlwaysNotImpl())
try:
    x < x
except TypeError as e:
    print("TypeError", e)
