# Reusable validating descriptors with __set_name__, per-instance storage, class access returning the descriptor.
class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def validate(self, value):
        pass
class Positive(Validated):
    def validate(self, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value!r}")
class OneOf(Validated):
    def __init__(self, *options):
        self.options = options
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public} must be one of {self.options}, got {value!r}")
class Order:
    qty = Positive()
    price = Positive()
    kind = OneOf("buy", "sell")
    def __init__(self, qty, price, kind):
        self.qty, self.price, self.kind = qty, price, kind
o = Order(3, 9.5, "buy")
print(o.qty, o.price, o.kind, vars(o), Order.qty.public, type(Order.kind).__name__)
for args in ((0, 1, "buy"), (1, -2, "sell"), (1, 1, "hold"), ("3", 1, "buy")):
    try:
        Order(*args)
    except ValueError as e:
        print("ValueError", e)
o.qty = 10
print(o.qty, o._qty)
o._qty = -5
print(o.qty)
class Unset:
    value = Positive()
print(Unset().value)
