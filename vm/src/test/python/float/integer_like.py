# Floats that hold integral values: conversions, floor/ceil, int() truncation, huge values, hash equality with ints.
vals = [0.0, 1.0, -1.0, 2.5, -2.5, 1e15, 1e16 + 2, 2.0 ** 63, -(2.0 ** 63), 2.0 ** 64, 1e100, 123456789.0]
for v in vals:
    print(repr(v), int(v), v.is_integer(), hash(v) == hash(int(v)) if v.is_integer() else "-", v == int(v))
print(int(1e300) == 10 ** 300, int(1e300) - 10 ** 300, len(str(int(1e300))))
print(float(2 ** 53 - 1) == 2 ** 53 - 1, float(2 ** 53 + 1) == 2 ** 53 + 1, float(10 ** 22) == 10 ** 22, float(10 ** 23) == 10 ** 23)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53 + 1), 2 ** 53 + 1 < float(2 ** 53 + 2))
print(float(2 ** 1023) * 2, float(2 ** 1023 + 2 ** 970) if False else "skip")
for n in (2 ** 1024, -(2 ** 1024), 10 ** 309):
    try:
        float(n)
    except OverflowError as e:
        print("OverflowError", e)
print(float(2 ** 1024 - 2 ** 970) if False else float(2 ** 1023), float(-(2 ** 1023)))
print(1.0 == 1, 1.5 != 1, 2 ** 0.5 * 2 ** 0.5 == 2, (2 ** 0.5) ** 2)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7 // 2.5, 7 % 2.5, -7 % 2.5)
print(round(7.0), round(7.5), round(8.5), round(-7.5), int(7.999999999999999), int(7.9999999999999999))
print(divmod(1e300, 1e-300)[0] > 0, 1e300 % 1e-300, 5.0 % float("inf"), -5.0 % float("inf"))
print(sum([1e15, 1.0, -1e15]), sum([1.0] * 10 ** 5), 1e15 + 0.3, 2.0 ** 52 + 0.5)
print(float.__getformat__("double"), (3.0).__trunc__(), (-3.5).__floor__(), (3.5).__ceil__())
