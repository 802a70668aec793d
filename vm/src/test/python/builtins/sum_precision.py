# sum() of floats uses extended precision in 3.12+; compare with a naive loop; sum of ints/bools/mixed.
vals = [0.1] * 10
naive = 0.0
for v in vals:
    naive += v
print(sum(vals), naive, sum(vals) == 1.0, naive == 1.0)
big_small = [1e16, 1.0, 1.0, -1e16]
naive = 0.0
for v in big_small:
    naive += v
print(sum(big_small), naive)
print(sum([1e308, 1e308, -1e308]), sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]))
print(sum([0.1, 0.2, 0.3, 0.4]), sum([1.1] * 3), sum([2.5, 2.5, 2.5]), sum(x / 10 for x in range(10)))
print(sum([1, 2.5]), sum([True, 2.5]), sum([1, 2], 0.5), sum([0.5, 1], 1), sum(range(10), 0.0))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([0.0, -0.0]))
print(sum([1e-20] * 10 ** 4), sum([1.0, 1e-16] * 5))
print(sum([10 ** 20, 0.5, -(10 ** 20)]), sum([2 ** 60, 2 ** 60]), sum([1j, 1.5]))
print(sum([[1], [2]], []), sum([(1,)] * 3, ()))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v)
