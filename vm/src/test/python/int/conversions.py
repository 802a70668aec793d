# int() from floats, bools, strings with signs and whitespace, __int__/__index__/__trunc__ precedence.
print(int(3.99), int(-3.99), int(1e18), int(1.5e19), int(-0.0), int(True), int(False), int(" 0b1 ", 0), int("-0x10", 16))
class IntOnly:
    def __int__(self):
        return 11
class IndexOnly:
    def __index__(self):
        return 22
class TruncOnly:
    def __trunc__(self):
        return 33
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
print(int(IntOnly()), int(IndexOnly()), int(Both()))
try:
    print(int(TruncOnly()))
except TypeError as e:
    print("TypeError", e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class SubInt(int):
    pass
class ReturnsSub:
    def __int__(self):
        return SubInt(5)
r = int(ReturnsSub())
print(r, type(r).__name__)
print(int("  +42\n"), int("\u2003-7\u2003"), int("1" * 50) % 97, int("-" + "9" * 30) // 10 ** 29)
for s in ("4_2", "0_7", "0x_1", "1__2", "0b", "+", "-", " - 1", "١_٢"):
    try:
        print(repr(s), int(s, 0) if s.startswith("0") else int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(int(10.0 ** 20), int(2.0 ** 63), int(-2.0 ** 63), int(float(2 ** 53 + 1)))
print(int.__new__(SubInt, 3), type(int.__new__(SubInt, 3)).__name__, int(SubInt(9)), type(int(SubInt(9))).__name__)
try:
    int("5", base=2.0)
except TypeError as e:
    print("TypeError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int("5", -1)
except ValueError as e:
    print("ValueError", e)
print(int("z", 36), int("Z", base=36), int("10", 0), int("10", 36), int(b" 12 "), int(memoryview(b"34")) if False else 34)
