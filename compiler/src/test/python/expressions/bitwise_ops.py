for a, b in [(12, 10), (-12, 10), (255, -1), (0, 0)]:
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(1 << 100)
print((1 << 100) >> 99)
print(-1 >> 100)
print(True & False, True | False, True ^ True, ~int(True))
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
s = {1, 2, 3}
t = {2, 3, 4}
print(sorted(s & t), sorted(s | t), sorted(s ^ t), sorted(s - t))
