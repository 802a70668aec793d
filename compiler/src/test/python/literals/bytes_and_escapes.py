b = b"\x00\x01\x7f\x80\xff"
print(b, list(b), len(b))
print(b"\n\t\\", b"'", b'"', bytes(3), bytes([65, 66]))
print(b"abc"[0], b"abc"[-1:], b"abc".hex(), bytes.fromhex("ff00"))
print("\x00", repr("\x00"), "\u0041\u0042")
print(repr("\\N"), "\N{BULLET}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print("a\x20b", "tab\there", "oct\141")
print(r"\N{BULLET}", len(r"\N{BULLET}"))
print(b"%d-%s" % (5, b"x"), bytearray(b"ab").upper())
