# Protocol-style duck typing without abc: iteration, context management, numeric tower via special methods.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __length_hint__(self):
        return self.n
cd = Countdown(3)
print(list(cd), list(cd), list(Countdown(2)) + list(Countdown(1)))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]
    def __setitem__(self, rc, v):
        r, c = rc
        self.rows[r][c] = v
    def __len__(self):
        return len(self.rows)
    def __contains__(self, v):
        return any(v in row for row in self.rows)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], len(m), 4 in m, 5 in m, m == Matrix([[1, 20], [3, 4]]), m)
class Temperature:
    def __init__(self, c):
        self.c = c
    def __float__(self):
        return float(self.c)
    def __int__(self):
        return int(self.c)
    def __index__(self):
        return int(self.c)
    def __round__(self, n=None):
        return round(self.c, n)
    def __complex__(self):
        return complex(self.c)
t = Temperature(21.6)
print(float(t), int(t), round(t), round(t, 0), complex(t), [0, 1, 2][Temperature(1)], hex(Temperature(255)))
class Truth:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(bool(Truth([])), bool(Truth([0])), "yes" if Truth("x") else "no", not Truth(()))
