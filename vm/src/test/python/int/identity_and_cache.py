# Value semantics of ints regardless of caching: equality, operations creating new objects, is-comparisons avoided.
a = 256
b = 255 + 1
c = 10 ** 20
d = 10 ** 20
print(a == b, c == d, hash(c) == hash(d), -5 == -4 - 1, int("1000") == 1000)
nums = [i * i for i in range(-3, 4)]
print(nums, nums.count(4), nums.index(9), sorted(set(nums)), len(set(nums)))
x = 5
y = x
x += 1
print(x, y)
big = 2 ** 100
ref = big
big += 1
print(big - ref, ref == 2 ** 100)
print([n % 7 for n in range(-10, 11)])
print([n // 3 for n in range(-6, 7)])
print([-n // 2 for n in range(5)], [-(n // 2) for n in range(5)])
print([divmod(n, -4) for n in (-9, -8, -1, 0, 1, 8, 9)])
print([round(n / 2) for n in range(-5, 6)])
print(sum(range(-100, 101)), max(range(-5, 5), key=abs), min(range(-5, 5), key=abs))
print(list(map(int.bit_length, [0, 1, 2, 3, 4, 255, 256, -256])))
print([(-1) ** n for n in range(6)], [2 ** -n for n in range(3)], [0 ** n for n in range(3)])
print(int.__add__(2 ** 64, 1) == 2 ** 64 + 1, (2 ** 64).__hash__() == hash(2 ** 64))
print((255).to_bytes(2, "little"), int.from_bytes(b"\xff\x00", "little"), (-1 & 0xFF), (-1 % 256), (-1 >> 1))
print(0 == -0, str(-0), (-0).bit_length(), abs(-0), 0 * -1)
print(sorted([3, -2, 10 ** 19, -(10 ** 19), 0, 2 ** 63, -(2 ** 63)]))
print(max(2 ** 63 - 1, 2 ** 63), min(-(2 ** 63), -(2 ** 63) - 1), (2 ** 63 - 1) + 1 == 2 ** 63)
print(f"{2 ** 63:,}", f"{-(2 ** 64):_x}", f"{10 ** 19:e}", f"{2 ** 70:.3g}")
print(int.__sub__(0, 2 ** 63) == -(2 ** 63), int.__mul__(-1, -(2 ** 63)) == 2 ** 63, int.__neg__(-(2 ** 63)) == 2 ** 63)
