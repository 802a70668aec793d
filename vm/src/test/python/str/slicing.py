# Indexing and slicing of strings, including astral characters and extreme indices.
s = "Hello, 🌍 world! \U0001F600"
print(len(s), s[0], s[-1], s[7], s[-3:], s[::2], s[::-1], s[1:-1:3])
for i in (0, 5, -1, -len(s), len(s) - 1):
    print(i, repr(s[i]))
for sl in [slice(None), slice(2, 5), slice(-5, None), slice(None, None, -2), slice(100, 200), slice(-100, 3),
           slice(5, 2), slice(5, 2, -1), slice(None, None, 7), slice(2 ** 70, None), slice(-(2 ** 70), 2 ** 70, 2 ** 65)]:
    print(sl, repr(s[sl]))
for bad in (len(s), -len(s) - 1, 2 ** 70):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError", e)
for bad in ("1", 1.0, None, (1, 2)):
    try:
        s[bad]
    except TypeError as e:
        print("TypeError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
print("abc"[True], "abcdef"[slice(1, None, 2)], "x" * 0, "ab" * 3, 3 * "c", "ab" * -1)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
print(ord("🌍"), chr(127757), hex(ord(s[-1])), [ord(c) for c in "aé€"])
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "\U0001F600" > "\uffff", "" < "a", min("hello"), max("hello"))
