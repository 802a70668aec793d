# Sign rules for float //, %, divmod, math-free fmod emulation, and -0.0 results.
pairs = [(5.5, 2), (-5.5, 2), (5.5, -2), (-5.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (3, float("inf")), (-3, float("inf")),
         (1e-300, 1e300), (7, 0.1), (1, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, repr(q), repr(r), repr(a // b), repr(a % b), q * b + r == a or abs(q * b + r - a) < 1e-12)
def fmod(a, b):
    r = abs(a) % abs(b)
    return -r if a < 0 else r
print([fmod(a, b) for a, b in pairs[:4]])
print(repr(-0.0 // 1), repr(-0.0 % 1), repr(0.0 % -1), repr(-1e-320 % 1), repr(1 % -1e-320 == 0 or 1 % -1e-320))
print(repr(-7.0 // float("inf")), repr(7.0 // -float("inf")), repr(float("inf") // 1) if False else "inf//1 skipped")
for a, b in ((float("inf"), 1), (float("nan"), 1), (1, float("nan"))):
    try:
        print(a, b, divmod(a, b))
    except ValueError as e:
        print(a, b, "ValueError", e)
print(round(-0.5), round(-1.5), round(-2.5), repr(round(-0.4)), repr(round(-0.0, 2)))
print(-5 // 2, -5 % 2, -5.0 // 2, -5.0 % 2, int(-5 / 2), int(-2.5))
print(7.5 // 2.5, 7.5 % 2.5, -7.5 // 2.5, -7.5 % 2.5, 0.3 // 0.1, 0.3 % 0.1)
