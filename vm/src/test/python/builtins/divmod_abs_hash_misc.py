# abs/divmod/hash/round/pow via special methods on user types; NotImplemented from reflected forms.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __abs__(self):
        return Money(abs(self.cents))
    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)
    def __round__(self, nd=None):
        return Money(round(self.cents, -2 if nd is None else nd))
    def __hash__(self):
        return hash(("Money", self.cents))
    def __eq__(self, o):
        return isinstance(o, Money) and o.cents == self.cents
    def __index__(self):
        return self.cents
print(abs(Money(-250)), divmod(Money(1001), 3), round(Money(1234)), round(Money(1234), -1))
print(hash(Money(5)) == hash(Money(5)), {Money(5): "five"}[Money(5)], Money(5) == Money(5), Money(5) != Money(6))
print(bin(Money(5)), hex(Money(255)), [10, 20, 30][Money(1)], "ab" * Money(2), range(Money(3)), pow(2, Money(3)) if False else "pow")
for f in (lambda: divmod(3, Money(1)), lambda: pow(Money(2), 2), lambda: Money(1) + 1, lambda: -Money(1), lambda: Money(1) < Money(2)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(divmod(7, 2), divmod(7.5, 2), divmod(-7, 2.5), abs(-7), abs(-7.5), abs(2 - 2j) == 8 ** 0.5, round(7.567, 1), round(-7.5))
print(hash(7) == hash(7.0), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(frozenset()) == hash(frozenset()))
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
try:
    abs()
except TypeError as e:
    print("TypeError", e)
try:
    divmod(1)
except TypeError as e:
    print("TypeError", e)
try:
    round(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
