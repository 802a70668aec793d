# f-strings, str.format and format() agree for a grid of values and specs.
values = [0, -7, 3.5, -0.25, 1e20, "text", True, None, 12345678901234567890, 2.5j]
specs = ["", ">8", "<8", "^8", "*^9", "10.3", ".2"]
for v in values:
    row = []
    for s in specs:
        try:
            a = f"{v:{s}}"
            b = ("{:" + s + "}").format(v)
            c = format(v, s)
            row.append(a if a == b == c else f"MISMATCH {a!r} {b!r} {c!r}")
        except (ValueError, TypeError) as e:
            row.append(f"{type(e).__name__}")
    print(repr(v), row)
for v in values:
    print(repr(v), f"{v!r}", f"{v!s}", f"{v!a}", "{!r}".format(v) == repr(v), str(v) == f"{v}")
num_specs = ["+", " ", "0>6", "=+8", ",", "_", "e", "g", "%", "x", "b", "#o", "c"]
for v in (42, -3, 0, 255, 3.75, -0.0):
    out = []
    for s in num_specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__)
    print(v, out)
