# float.__format__ with every presentation type and many specs.
vals = [0.0, -0.0, 1.0, 0.1, 123.456, -1234567.891, 1e16, 1e-7, 5e-324, 1.5e300, float("inf"), float("nan"), -float("inf")]
specs = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0e", ".3e", ".0f", ".2f", ".10f", ".0g", ".1g", ".3g",
         ".12g", ".0%", ".2%", "10.3f", "<12.2e", "^12g", ">+12.1f", "012.3f", "-012.3f", ",.2f", "_.3f",
         "#.0f", "#g", "#.3g", "+", " ", "z.1f", ".3", "#.0e", "=+10.2f", "*^14.4g", ",", "_"]
for v in vals:
    print(repr(v), " ".join(repr(format(v, s)) for s in specs))
for spec in ["d", "x", "c", "b", ".2s", "=s", "z"]:
    try:
        print(repr(format(1.5, spec)))
    except ValueError as e:
        print(spec, "ValueError", e)
print(format(1e16, ".17g"), format(0.1, ".20f"), format(0.1, ".25e"), format(2.5, ".0f"), format(3.5, ".0f"))
print("{:.2f} {:8.3e} {:>10} {:+.1%}".format(3.14159, 1234.5, 1.5, 0.256))
print(f"{-0.0:z.2f} {-0.001:z.1f} {0.0:+} {-1e-10:.3f}")
print(format(1234.5, "n"), format(1e-5, "n"), format(12345678.0, "g"), format(0.00001, "g"))
print(format(123456789.0, "e"), format(1.0, "%"), format(-1.5, "010"), format(1.5, "<010"))
print(format(1e100, "f")[:30], len(format(1e100, "f")), format(5e-324, ".3g"))
for width in (1, 5, 9):
    print(f"[{3.14159:{width}.{width // 2}f}]", f"[{-2.5:^{width}}]")
print(format(float("nan"), "010f"), format(float("-inf"), "+012.2e"), format(float("inf"), "=+10"))
print(float.__format__(0.5, ""), float.__format__(1e16, ""), float.__format__(1e16, "r" if False else "g"))
