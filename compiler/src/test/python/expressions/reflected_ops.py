class R:
    def __init__(self, n): self.n = n
    def __radd__(self, o): return f"radd({o})"
    def __rsub__(self, o): return f"rsub({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __rpow__(self, o): return f"rpow({o})"
    def __rfloordiv__(self, o): return f"rfloordiv({o})"
print(1 + R(0), 2 - R(0), 3 / R(0), 4 ** R(0), 5 // R(0))
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
print(Base() + Sub())
print(Base() + Base())
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print("TypeError:", e)
