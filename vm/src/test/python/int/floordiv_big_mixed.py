# Floor division and modulo with big ints and negative operands, checked against the identity a == (a//b)*b + a%b.
vals = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63), 2 ** 64 + 3, -(2 ** 64) - 3, 10 ** 30, -(10 ** 30) + 7]
divs = [1, -1, 2, -2, 3, -3, 7, 2 ** 32, -(2 ** 32), 2 ** 64, -(10 ** 20)]
ok = 0
for a in vals:
    for b in divs:
        q, r = a // b, a % b
        assert (q, r) == divmod(a, b)
        assert q * b + r == a
        assert r == 0 or (r > 0) == (b > 0)
        ok += 1
print("identities hold for", ok, "pairs")
for a in vals[:8]:
    print(a, [a // b for b in divs[:7]], [a % b for b in divs[:7]])
print((2 ** 64 + 3) // -(2 ** 32), (2 ** 64 + 3) % -(2 ** 32), -(10 ** 30) // 7, -(10 ** 30) % 7)
print(divmod(-(2 ** 63), -1), divmod(2 ** 63, 2 ** 63), divmod(-(2 ** 63), 2 ** 63))
print(-(2 ** 63) // -1, (-(2 ** 63)) * -1, abs(-(2 ** 63)), -(-(2 ** 63)))
print((10 ** 30) / 7, -(10 ** 30) / 7, (2 ** 1000) / (2 ** 999), 1 / (2 ** 60))
try:
    (2 ** 2000) / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    1 / (2 ** 2000) if False else (2 ** 2000) / (2 ** 2000 - 1)
    print((2 ** 2000) / (2 ** 2000 - 1))
except OverflowError as e:
    print("OverflowError", e)
print((3 ** 300) // (3 ** 299), (3 ** 300) % (3 ** 299 + 1), pow(3, 300, 3 ** 299 + 1) == (3 ** 300) % (3 ** 299 + 1))
print(-7 // 2.0, -7 % 2.0, 7 // -2.0, divmod(-7, 2.0), (2 ** 64) // 2.0, (2 ** 64) % 3.0)
