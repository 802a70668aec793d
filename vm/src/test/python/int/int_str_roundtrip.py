# str(int)/int(str) round trips for many sizes and signs; repr equals str; format with thousands grouping.
import_free = [0, 7, -7, 10 ** 9, -(10 ** 9), 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 63, 2 ** 64, 10 ** 50, -(3 ** 100)]
for n in import_free:
    s = str(n)
    assert int(s) == n and repr(n) == s
    print(len(s), s[:25], f"{n:,}"[:30], f"{n:_}"[:30])
x = 1
digits = []
for i in range(60):
    x = x * 3 + i
    digits.append(len(str(x)))
print(digits)
print(x, int(str(x)) == x, int(str(-x)) == -x, int(f"{x:_}".replace("_", "")) == x)
for base in (2, 3, 7, 16, 36):
    s = ""
    v = x
    while v:
        v, r = divmod(v, base)
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + s
    print(base, len(s), int(s, base) == x)
print(str(10 ** 4299)[:3], len(str(10 ** 4299)), int("9" * 4300) == 10 ** 4300 - 1)
print(int("-" + "0" * 50 + "1"), int("+" + "1" * 20), int("0" * 100))
