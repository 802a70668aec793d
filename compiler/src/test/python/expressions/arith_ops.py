vals = [7, -7, 3, -3]
for a in vals:
    for b in (2, -2, 3):
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, divmod(a, b))
print(2 ** -1, 2 ** 0.5 > 1.41, (-8) ** (1/3) != 2)
print(10.5 // 3, 10.5 % 3, -10.5 // 3, -10.5 % 3)
print(1e308 * 10, -1e308 * 10)
print(7 @ 1 if False else "matmul skipped")
class M:
    def __matmul__(self, o): return "matmul!"
    def __rmatmul__(self, o): return "rmatmul!"
print(M() @ 1, 1 @ M())
