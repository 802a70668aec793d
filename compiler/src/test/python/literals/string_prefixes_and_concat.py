s = ("implicit "
     'concatenation '
     """of """
     '''several''')
print(s)
print(r"\d+" "\\d", rb"\x00" b"\x00", len(r"\n"))
print("a" f"{1+1}" "c", f"{'x'}" r"\y")
print("tab:\tnewline-escaped:\\n unicode:\u03bb octal:\101 hex:\x42")
print(b"\x41\102" + rb"\x41")
print("\N{DIGIT ONE}\N{SNOWMAN}".encode("utf-8"))
print("é" == "e\u0301", len("é"), len("e\u0301"), "\U0001f40d".encode("utf-16-le"))
x = "quote's"
y = 'say "hi"'
z = """both ' and " """
print(x, y, z, repr(z))
print("line1\
line1-continued")
