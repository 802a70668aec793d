# The format mini-language applied to strings, and its errors.
for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "^7.1", "\U0001f600>4", "0>5", "<", ">2"]:
    print(repr(spec), repr(format("héllo", spec)))
for spec in ["=10", "+", " ", "#", "010", ",", "_", "d", "x", "z", "10.2e", ".0"]:
    try:
        print(repr(spec), repr(format("ab", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(format("", "^3"), format("a", "\x00^5").replace("\x00", "0"), format("ab", "{^4"), format("ab", "}>4"))
print(repr(format("x", "100"))[:10], len(format("x", "100")))
try:
    format("x", "1" * 30)
except ValueError as e:
    print("ValueError", e)
try:
    format(1, ".1" + "0" * 30)
except ValueError as e:
    print("ValueError", e)
print(f"{'abc':.{2}}", f"{'abc':>{5}}", f"{'a'!r:^7}", f"{'é'!a}")
print(str.__format__("ab", "4"), str.__format__("ab", ""))
for bad in ("s ", " s", "10x"):
    try:
        print(format("ab", bad))
    except ValueError as e:
        print(repr(bad), e)
print(format("ab", "<3") + "|", format("ab", "3") + "|", format(12, "3") + "|")
