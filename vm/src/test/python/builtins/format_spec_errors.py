# Error texts of invalid format specs for int, float, str, and custom classes.
cases = [(1, "q"), (1, ".2"), (1, ",_"), (1, "_,"), (1, ",b"), (1, "#s"), (1, "=^5"), (1.5, "d"), (1.5, "#,x"), (1.5, ",n"),
         ("s", "d"), ("s", "+"), ("s", ","), ("s", "#"), ("s", "05"), (1j, "="), (1j, "0"), (1, "5.5.5"), (1, "<<5"),
         (1.0, "_e"), (1, "zd"), (1.0, "z"), ("x", "z"), (None, "s"), ([], "d"), (1, "1" * 25), (1.0, ".99999999999999999999f"),
         (True, "s"), (1, "c,"), (-1, "c"), (2.5, "%%"), (1, "\U0001f600<"), (1, "-+5")]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)
class Custom:
    def __format__(self, spec):
        if spec not in ("", "short"):
            raise ValueError(f"Custom does not understand {spec!r}")
        return "custom:" + (spec or "default")
for spec in ("", "short", "long"):
    try:
        print(format(Custom(), spec), f"{Custom():{spec}}")
    except ValueError as e:
        print("ValueError", e)
class NoFormat:
    pass
for spec in ("", "x"):
    try:
        print(format(NoFormat(), spec)[:10])
    except TypeError as e:
        print("TypeError", e)
