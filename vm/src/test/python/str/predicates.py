# The is* predicates across ASCII, Latin-1, CJK, digits of other scripts and astral characters.
samples = ["abc", "ABC", "abc123", "123", "١٢٣", "½", "²", "Ⅻ", "一二三", "  ", "\t\n", "", "a b", "_id",
           "id_1", "1id", "class", "ä", "\U0001d7d8", "\U0001f600", "\x00", "é́", "x\u200b", "\u2028", "\xa0"]
for s in samples:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper())
print("\u00b5".isalpha(), "\u02b0".isalpha(), "\u0300".isalpha(), "\u0e01".isalpha())
print("Ⅷ".isnumeric(), "Ⅷ".isdigit(), "\u0f33".isnumeric(), "\u2155".isdecimal())
print("\x1c\x1d\x1e\x1f".isspace(), "\x85".isspace(), "\u180e".isspace(), "\u3000".isspace())
print("\x7f".isprintable(), "\xad".isprintable(), " ".isprintable(), "\U000e0001".isprintable())
print("𝔘𝔫𝔦".isalpha(), "𝔘𝔫𝔦".isidentifier(), "℘x".isidentifier(), "x℘".isidentifier(), "·x".isidentifier())
print(str.isdigit("7"), "٣".isdecimal(), int("٣") + 1)
for c in "aZ5_ \t\u00e9\u4e00\u0663\u00bd":
    print(ascii(c), c.isalpha(), c.isdigit(), c.isspace(), c.isidentifier())
for name in ("for", "None", "match", "_", "__init__", "a1", "\u00e9t\u00e9", "x-y", "a b", "9"):
    print(name, name.isidentifier())
print(sum(1 for i in range(128) if chr(i).isprintable()), sum(1 for i in range(256) if chr(i).isspace()))
print(sum(1 for i in range(256) if chr(i).isalpha()), sum(1 for i in range(256) if chr(i).isdigit()))
print(sum(1 for i in range(0x3000) if chr(i).isdecimal()), sum(1 for i in range(0x3000) if chr(i).isnumeric()))
print(sum(1 for i in range(0x2000) if chr(i).isupper()), sum(1 for i in range(0x2000) if chr(i).islower()))
print(sum(1 for i in range(0x2000) if chr(i).isprintable()), sum(1 for i in range(0x3100) if chr(i).isidentifier()))
