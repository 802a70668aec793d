# bytearray mutation: item and slice assignment, append/extend/insert/pop/remove, in-place ops.
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba += b"!!"
ba.append(63)
ba.extend([33, 34])
ba.extend(b"xy")
ba.insert(0, 62)
ba.insert(-1, 95)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(33)
del ba[0]
del ba[::2]
print(ba, ba.count(33), ba.find(b"!"))
ba[1:1] = b"INS"
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba.reverse()
print(ba, ba.copy(), ba * 2, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
ba.clear()
print(ba, bytearray(b"abc") == b"abc", bytearray(b"a") < b"b", hash(b"x") is not None)
errs = [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").__setitem__(0, b"x"),
        lambda: bytearray(b"").pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"),
        lambda: bytearray(b"a").append(-1), lambda: bytearray(b"a").insert(0, "x"), lambda: hash(bytearray(b"x")),
        lambda: bytearray(b"a")[5], lambda: bytearray(b"ab").extend(5), lambda: bytearray(b"ab").extend([1, "x"])]
for f in errs:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b"abcdef")
b2[2:4] = []
b2[0:0] = bytearray(b"_")
b2 *= 2
print(b2, b2.upper(), type(b2.upper()).__name__, b2.hex(), bytearray.fromhex("41 42"), b2.decode())
b3 = bytearray(b"data")
m = b3[:]
m[0] = 68
print(b3, m, bytearray(b"x") + b"y", type(b"y" + bytearray(b"x")).__name__, b"q" in bytearray(b"aqz"))
print(repr(bytearray(b"'\x00")), str(bytearray()), bytearray(b"abc")[1], bytearray(b"abc")[-2:])
