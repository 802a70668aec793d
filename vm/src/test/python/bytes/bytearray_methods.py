# bytearray-specific behaviour: methods return bytearray, resizing during slice ops, comparisons with bytes.
ba = bytearray(b"Hello World")
print(type(ba.upper()).__name__, ba.upper(), ba.lower(), ba.split(), type(ba.split()[0]).__name__, ba.replace(b"o", b"0"))
print(ba.find(b"o"), ba.rfind(b"o"), ba.count(b"l"), ba.startswith(b"He"), ba.endswith(bytearray(b"ld")), ba.index(87))
print(ba.strip(b"Hd"), ba.center(15, b"*"), ba.zfill(14), ba.title(), ba.swapcase(), ba.isalpha(), ba[:5].isalpha())
print(ba.partition(b" "), ba.join([b"1", b"2"]), bytearray(b",").join([ba[:1], ba[-1:]]))
ba2 = bytearray(b"0123456789")
ba2[2:8] = b"xy"
print(ba2, len(ba2))
ba2[1:1] = b"INSERTED"
print(ba2, len(ba2))
del ba2[:3]
ba2[-2:] = bytearray()
print(ba2)
ba2[::3] = b"@" * len(ba2[::3])
print(ba2)
ba3 = bytearray(5)
ba3[0] = 255
ba3[-1] = True
print(ba3, list(ba3), ba3 == bytes([255, 0, 0, 0, 1]), ba3 > b"\xfe", ba3 + b"!", b"!" + ba3)
ba4 = bytearray(b"abc")
ba4 *= 3
ba4 += memoryview(b"!")
print(ba4, ba4.pop(), ba4.pop(0), ba4)
ba4.extend(iter(range(65, 68)))
ba4.extend(bytearray(b"Z"))
print(ba4, ba4.count(ord("a")), ba4.removeprefix(b"bc"), ba4.removesuffix(b"Z"))
r = bytearray(b"reverse")
r.reverse()
print(r, r.copy() is not r, r.decode(), bytearray(b"x").__alloc__() >= 1 if hasattr(r, "__alloc__") else True)
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"abc") == "abc", bytearray() == b"", bytearray(b"a") in [b"a"])
print(bytearray.fromhex("de ad"), bytearray(range(3)), bytearray((x for x in b"gen")), bytearray(b"x").isascii())
