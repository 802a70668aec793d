# as_integer_ratio and is_integer on a range of floats; exactness of fractions reconstructed with ints.
vals = [0.0, -0.0, 0.5, 0.75, 0.1, -0.1, 1.5, 3.0, 1e10, 1e22, 1e23, 2.0 ** -30, 5e-324, 1.7976931348623157e308, 123.456]
for v in vals:
    n, d = v.as_integer_ratio()
    print(repr(v), n if abs(n) < 10 ** 20 else f"<{len(str(n))} digits>", d if d < 10 ** 20 else f"<{len(str(d))} digits>",
          n / d == v, d & (d - 1) == 0, v.is_integer())
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
print((2.5).as_integer_ratio(), (-0.125).as_integer_ratio(), (1.0).as_integer_ratio(), (0.0).as_integer_ratio())
print([x.is_integer() for x in (1.0, 1.5, -2.0, 1e300, 5e-324, float("inf"), float("nan"))])
print((7).as_integer_ratio(), True.as_integer_ratio(), (-3).is_integer())
total_n, total_d = 0, 1
for v in (0.1, 0.2, 0.3):
    n, d = v.as_integer_ratio()
    total_n, total_d = total_n * d + n * total_d, total_d * d
print(total_n * 10 == total_d * 6, total_n / total_d, 0.1 + 0.2 + 0.3)
class G(float):
    pass
print(G(2.5).as_integer_ratio(), G(4.0).is_integer(), type(G(1.5) * 2).__name__)
print(float.as_integer_ratio(0.5), float.is_integer(2.0))
