# Grouping options and the 'n' type in the C locale, for ints and floats, positive and negative, with widths.
values = [0, 7, -7, 1234, -1234, 1234567, -1234567890, 10 ** 15, -(2 ** 64)]
for v in values:
    print(f"{v:n}|{v:,}|{v:_}|{v:_x}|{v:_b}"[:90], f"{v:>16,}|{v:<16_}|{v:^+16,}|{v:016,}|")
floats = [0.0, 1234.5, -1234567.125, 1e15, 1.5e-5, float("inf")]
for f in floats:
    print(f"{f:n}|{f:,}|{f:_.2f}|{f:,.0f}|{f:>14,.1f}|{f:014_.3f}|{f:,g}|{f:_e}")
for spec in (",_", "_,", ",n", "_n", ",c", ",s"):
    try:
        print(spec, format(1234, spec))
    except ValueError as e:
        print(spec, "ValueError", e)
print(format(1234.5678, ",.2%"), format(-0.5, "_%"), format(12345678, ",o") if False else format(12345678, "_o"))
print(format(2 ** 64, "_X"), format(255, "#_b"), format(-(16 ** 9), "#_x"))
print("{:,}".format(True), "{:n}".format(False), "{:_}".format(2 ** 32))
for width in (1, 6, 12):
    for v in (5, -5, 123456):
        print(width, v, repr(f"{v:{width},}"), repr(f"{v:0{width},}"), repr(f"{v:0{width}_}"), repr(f"{v:={width}n}"))
print(f"{1234567:,d}", f"{1234567:_d}", f"{-1234567:+,d}", f"{1234567:,.3f}", f"{1234567:_.1e}")
print(f"{0x1234abcd:_x}", f"{0x1234abcd:#_x}", f"{0o17777:_o}", f"{0b101010101:_b}")
