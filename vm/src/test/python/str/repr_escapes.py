# repr() and ascii() of strings: quote choice, escapes, non-printable and astral characters.
samples = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "\\", "\n\r\t", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad",
           "é", "日本", "\u2028\u2029", "\ud800", "\udfff", "\U0001f600", "\U000e0001", "\U0010ffff", "\ufeff",
           "\u200b\u200d", "a\x0bb\x0cc", "\u0085", "\t'\"\\"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("a" * 3 + "'" * 2), str(repr("x")), repr(repr("x")))
print([("é", "\n")], {"k'": 'v"'}, ("\x00",))
print(ascii([1, "ü", {"é": b"\xff"}]), ascii("plain"), ascii(5))
print(str(b"bytes"), str(b"\xff\x00'"), repr(b'"'), repr(b"'\""))
print("x".__repr__(), str.__repr__("y\n"))
class S(str):
    def __repr__(self):
        return "S!"
print(repr(S("q")), str(S("q")), [S("q")], f"{S('q')!r}", "%r" % S("q"))
print(repr("\x1f"), repr("\x7e"), repr("\xa1"), repr("\u0378"), repr("\u00ad"), repr("\ue000"))
print(repr("\U0001d400"), repr("\U000f0000"), repr("\U00020000"), repr("\U000323af"), repr("\U00031350"))
print(repr(chr(0x0600)), repr(chr(0x061c)), repr(chr(0x2066)), repr(chr(0xfff9)))
print(eval(repr("mixed 'q' \"d\" \\ \n é \U0001f600")) == "mixed 'q' \"d\" \\ \n é \U0001f600")
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{GREEK SMALL LETTER ALPHA}", len("\N{EM DASH}"))
print(r"raw\n", r"\d+", len(r"\n"), "tab\tend".encode("unicode_escape"))
