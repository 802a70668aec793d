s = "Hello"
print(s + " World", s * 3, "-" * 10, 3 * "ab")
print("%s is %d years and %.2f" % ("Tom", 30, 1.5))
print("%(a)s-%(b)r" % {"a": 1, "b": "x"})
print("%5s|%-5s|%05d|%x|%o|%e" % ("r", "l", 42, 255, 8, 12345.678))
print("a,b,c".split(","), "-".join(["x", "y"]), " pad ".strip(), "abc".replace("b", "B"))
print("abc" < "abd", "abc"[1], "%%", "%c" % 65)
print(b"ab" + b"cd", b"x" * 3, bytearray(b"hi") + b"!")
