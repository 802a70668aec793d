# Padding helpers compared with format(); negative numbers, signs, wide characters and odd widths.
for s in ("1", "-1", "+1", "abc", "-abc", "", "-", "+", "12345"):
    print(repr(s), repr(s.zfill(5)), repr(s.rjust(5, "0")), repr(format(s, "0>5")))
for n in (0, 5, -5, 123, -123):
    print(n, repr(str(n).zfill(6)), repr(format(n, "06")), repr(f"{n:06}"), repr(f"{n:=6}"), repr(f"{n:+06}"))
for w in range(0, 8):
    print(w, repr("ab".center(w)), repr("abc".center(w)), repr("ab".center(w, "*")), repr(format("ab", f"^{w}")))
print(repr("x".center(4)), repr(format("x", "^4")), repr("xy".center(5)), repr(format("xy", "^5")))
print(repr("日本".center(6, "・")), repr("\U0001f600".rjust(3, "-")), repr(format("\U0001f600", "*^5")))
print(str.zfill("7", 3), str.center("c", 3, "~"), str.ljust("l", 3, "."), str.rjust("r", 3, "."))
print("%05d|%-5d|%5s|%-5s|%05.1f|%+05d" % (42, 42, "s", "s", 2.5, 7))
table = [("left", "<"), ("right", ">"), ("centre", "^")]
for name, align in table:
    print(f"[{name:{align}12}]", f"[{name:{'-'}{align}12}]", f"[{len(name):{align}6}]")
for width in (3, 4, 5):
    for fill in ("0", "#"):
        print(width, fill, repr("7".rjust(width, fill)), repr(format(7, f"{fill}>{width}")), repr(format(-7, f"{fill}={width}")))
print(repr(format(-7, "05")), repr(format(-7.5, "07.2f")), repr(format(7, "0<5")), repr(format(7, "0^5")))
print(repr(format("-7", "0=5")) if False else "strings reject '=' alignment")
try:
    format("-7", "0=5")
except ValueError as e:
    print("ValueError", e)
