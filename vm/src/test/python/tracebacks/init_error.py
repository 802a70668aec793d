# An error in __init__ reached through a class call and a factory function.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin
    @classmethod
    def from_celsius(cls, c):
        return cls(c + 273.15)
    def __repr__(self):
        return f"Temperature({self.kelvin:.2f})"
def build_all(values):
    return [Temperature.from_celsius(v) for v in values]
print(build_all([0, 100, -40]))
print(Temperature(0))
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print(build_all([20, -300]))
print("never")
