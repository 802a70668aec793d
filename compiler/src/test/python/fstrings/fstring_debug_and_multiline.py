a = 10
b = "text"
print(f"{a=}")
print(f"{a = }")
print(f"{a=:>5}")
print(f"{b=!r}")
print(f"{b=!s}")
print(f"{a*2=}")
print(f"{a + 1=}, {b.upper()=}")
msg = (
    f"first {a} "
    f"second {b} "
    "plain "
    f"third {a + a}"
)
print(msg)
ml = f"""Line one {a}
Line two {b!r}
  Line three {a:04}"""
print(ml)
print(f"{'='*10}")
