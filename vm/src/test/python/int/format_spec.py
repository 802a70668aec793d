# format() and the mini-language for ints.
n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", ">10d", "010d", "+d", " d", "-d", ",", "_", ",d",
             "_x", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", "c", "n", "e", ".2e",
             "f", ".3f", "%", ".1%", "g", "G", "=+12d", "*^15,", "#_b"]:
    print(repr(spec), repr(format(n if spec != "c" else 9731, spec)))
for v in (-42, 0, 2 ** 70):
    print(format(v, "+,"), format(v, "#x"), format(v, "08d"), format(v, "_o"), format(v, "e"))
print("{:,}".format(-1234567890123), "{:_}".format(10 ** 12), f"{255:#06x}")
print(format(True, "d"), format(True, ""), format(False, "5"), format(True, ">6"))
for spec in ["s", ".2d", "z", "=s", ",c", "+c", "#c", "_n", ",x"]:
    try:
        print(repr(format(65, spec)))
    except ValueError as e:
        print(spec, "ValueError", e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print("OverflowError", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError", e)
print(int.__format__(42, "^8"), (42).__format__(""))
print(format(10 ** 30, ","), format(-10 ** 25, "_x"))
