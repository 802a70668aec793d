# float [N]: N Point objects built from polynomial "trigonometry", normalised, then reduced to
# the component-wise maximum. Measures float arithmetic, float object creation, attribute
# access on small objects, ** 0.5, min/max and methods returning new objects.
import sys


def approx_sin(x):
    # Reduce to [-pi, pi], then a Taylor polynomial: accurate enough and needs no math module.
    pi = 3.141592653589793
    x = x - 2 * pi * int(x / (2 * pi))
    if x > pi:
        x -= 2 * pi
    elif x < -pi:
        x += 2 * pi
    x2 = x * x
    return x * (1 - x2 / 6 * (1 - x2 / 20 * (1 - x2 / 42 * (1 - x2 / 72 * (1 - x2 / 110 * (1 - x2 / 156))))))


def approx_cos(x):
    return approx_sin(x + 1.5707963267948966)


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = approx_sin(i)
        self.y = approx_cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    rounds = 8
    total = 0.0
    for _ in range(rounds):
        best = run(n)
        total += best.x + best.y + best.z
    print("float(%d) x%d: %r, total %.9f" % (n, rounds, best, total))


main()
