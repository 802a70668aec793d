# sum (ints, floats with exact summation, start), round, divmod, pow, abs across types.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(1000001)), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([0.5, 1, True]), sum([1j, 2]), sum([], start=0.0), sum((x for x in (1, 2)), start=1))
print(sum([1e16, 1.0, -1e16]), sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, sum([float(i) / 3 for i in range(10)]))
for f in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()), lambda: sum([1, "a"]),
          lambda: sum(5), lambda: sum([1], 2, 3)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(round(2.675, 2), round(-2.5), round(3.14159, 3), round(10 ** 20 + 0.5), round(1234, -2), round(0.5 + 1e-16))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, -5), divmod(2 ** 70, 3), divmod(True, 2))
print(pow(3, 4), pow(3, 4, 5), pow(2.0, 3), pow(4, 0.5), pow(-27, 1 / 3).real > 0, pow(2, -2))
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(-True), abs(-(2 ** 100)))
class Num:
    def __abs__(self):
        return "abs called"
    def __round__(self, n=None):
        return f"round({n})"
    def __divmod__(self, other):
        return ("dm", other)
    def __rdivmod__(self, other):
        return ("rdm", other)
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
n = Num()
print(abs(n), round(n), round(n, 2), divmod(n, 1), divmod(1, n), pow(n, 2), pow(n, 2, 3), 2 ** n, pow(2, n))
try:
    pow(2, n, 3)
except TypeError as e:
    print("TypeError", e)
