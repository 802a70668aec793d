# +, *, in, comparisons and slicing across str/bytes/list/tuple/range, with type mixing errors.
seqs = ["abc", b"abc", [1, 2, 3], (1, 2, 3), bytearray(b"abc")]
for s in seqs:
    print(type(s).__name__, s + s, s * 2, 2 * s, s[1:], s[::-1], len(s), s[0] in s, s == s[:], s < s + s[:1])
for a, b in ((["a"], ("a",)), ("a", b"a"), ((1,), [1]), (b"a", "a"), ([1], range(1)), ("x", ["x"])):
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError", e)
for a, b in (("a", ["a"]), (1, "1"), ("a", 1), ([1], [[1]]), (b"a", b"abc"), (97, b"abc"), ("", "")):
    try:
        print(repr(a), "in", repr(b), a in b)
    except TypeError as e:
        print("TypeError", e)
print(range(0, 10, 2) == range(0, 10, 2), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], range(0) == range(2, 2))
try:
    range(3) + range(2)
except TypeError as e:
    print("TypeError", e)
try:
    range(3) * 2
except TypeError as e:
    print("TypeError", e)
print("ab" * True, [0] * False, (1, 2) * 2, b"-" * 3)
print(["a", "b"] < ["a", "c"], ("a",) < ("a", "a"), "ab" < "abc", b"ab" < b"b")
print(list("abc") == ["a", "b", "c"], tuple("ab") == ("a", "b"), bytes([97]) == b"a", [ord(c) for c in "ab"] == list(b"ab"))
