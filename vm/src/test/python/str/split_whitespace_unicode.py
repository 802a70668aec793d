# split() with no separator uses Unicode whitespace; splitlines boundaries; strip() default characters.
ws_chars = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2007, 0x200a,
            0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x180e]
for cp in ws_chars:
    c = chr(cp)
    print(hex(cp), c.isspace(), len(f"a{c}b".split()), len(f"a{c}b".splitlines()), repr(f"{c}x{c}".strip()))
text = "one\u00a0two\u3000three\u2003four\tfive"
print(text.split(), text.split(" "), text.rsplit(None, 2))
print("a\x1cb\x1dc\x1ed".splitlines(), "a\x1cb".split(), "x\u2028y\u2029z".splitlines(keepends=True))
print(" \u00a0 ".isspace(), "\u200b".isspace(), "".isspace())
samples = ["  lead", "trail  ", "  both  ", "\tmixed \n", "", "   ", "no_space", "a  b   c"]
for smp in samples:
    print(repr(smp), smp.split(), smp.split(" "), smp.split(maxsplit=1), smp.rsplit(maxsplit=1), repr(smp.strip()))
print("x".split(None), "x y".split(None, 0), " x y ".split(None, 0), " x y ".rsplit(None, 0))
print("1,2,,3".split(","), "1,2,,3".split(",", 2), ",1,".split(","), "::".split(":"), "a:b".split(":", -1))
for line in "first\nsecond\r\nthird\rfourth".splitlines():
    print(repr(line), len(line))
print("end\n".splitlines(), "end\n\n".splitlines(), "\nstart".splitlines(), "\r\n".splitlines(True))
print(" \t lead and trail \n ".lstrip(), "|", " \t lead and trail \n ".rstrip(), "|")
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "hi".strip(""), "\x00hi\x00".strip("\x00"))
print(len("\u3000".join(["a", "b"]).split()), "\u3000".join(["a", "b"]).split("\u3000"))
