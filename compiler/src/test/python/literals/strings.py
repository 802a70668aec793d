print('single', "double", '''triple single''', """triple double""")
print("esc: \t|\\|\'|\"|\x41|\101|\u00e9|\U0001F600|\N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n \t \\", R"RAW \x41", rb"raw bytes \n")
print(b"bytes \x00\xff", B"B", br"\d")
print("con" "cat" 'enated', "multi"
      "line")
print("""line1
line2
  line3""")
print("a\
b")
print(len("\0\a\b\f\n\r\t\v"), repr("\0\a\b\f\n\r\t\v"))
print(u"unicode prefix", "é".encode(), b"\xc3\xa9".decode())
print(repr('"'), repr("'"), repr("'\""), repr("\x7f"), repr("\u200b"))
