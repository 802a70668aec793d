# An exception inside a property getter: the attribute access line is shown with markers.
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @property
    def diameter(self):
        return self.radius * 2
    @property
    def ratio(self):
        return self.diameter / self.radius
shapes = [Circle(1), Circle(2.5)]
for s in shapes:
    print(s.radius, s.diameter, s.ratio)
shapes.append(Circle(0))
print(len(shapes))
print("...")
print("...")
print("...")
print("...")
print([s.ratio for s in shapes])
