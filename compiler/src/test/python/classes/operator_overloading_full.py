class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Money(round(self.cents * k))
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __iadd__(self, o):
        self.cents += o.cents
        return self
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __round__(self, n=None):
        return Money(round(self.cents, -2))
prices = [Money(199), Money(250), Money(1)]
print(sum(prices), max(prices), min(prices), sorted(prices))
print(Money(100) * 1.5, 3 * Money(5), -Money(5), abs(Money(-7)), bool(Money(0)))
m = Money(10)
m += Money(5)
print(m, int(Money(250)), float(Money(250)), round(Money(149)), Money(1) == Money(1), Money(1) != Money(2))
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)
print(len({Money(1), Money(1), Money(2)}))
